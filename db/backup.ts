/**
 * Online backups and safe restores of the Vigil database.
 *
 * A backup is a consistent snapshot taken with `VACUUM INTO` from a read transaction:
 * in WAL mode it does not block the running server, and it contains every transaction
 * committed before it started and nothing of any transaction after. The copy is written
 * under a temporary name, flushed to disk, renamed, then checked with integrity_check.
 *
 * A restore copies a checked backup into the live database file with SQLite's online
 * backup API, in one write transaction: an interruption leaves the previous data, never
 * a mix. Before that it saves the current database as a backup of its own.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureOwnerOnlyFile, ensureOwnerOnlyFolder } from "./owner-only-files";
import { readEnv } from "../env";

/** Tables without which a file is not a Vigil database. */
export const REQUIRED_TABLES = ["users", "cases", "case_status_changes", "audit_events", "__drizzle_migrations"];

/** A refusal or failure with a message meant for the person running the command. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export type TableCounts = Record<string, number>;

export interface DatabaseCheck {
  /** integrity_check and foreign_key_check both passed. */
  ok: boolean;
  /** What is wrong, in words; empty when ok. */
  problems: string[];
  /** Rows per table (tables sorted by name); empty if the file could not be read. */
  counts: TableCounts;
  /** Required Vigil tables that the file lacks. */
  missingTables: string[];
}

export interface BackupResult {
  file: string;
  bytes: number;
  counts: TableCounts;
}

/** `vigil-2026-11-27T21-30-00Z.sqlite`: sortable, and valid as a file name everywhere. */
export function backupFileName(now: Date = new Date(), label?: string): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
  return `vigil-${stamp}${label ? `-${label}` : ""}.sqlite`;
}

/** Backups go next to the database, in `backups/`, unless VIGIL_BACKUP_DIR says otherwise. */
export function defaultBackupDir(databaseFile: string, backupDir: string | undefined = readEnv().VIGIL_BACKUP_DIR): string {
  return backupDir || path.join(path.dirname(path.resolve(databaseFile)), "backups");
}

/** Rows per user table of an open database, tables sorted by name. */
export function countRows(sqlite: Database.Database): TableCounts {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: TableCounts = {};
  for (const table of tables) {
    counts[table] = sqlite.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
  }
  return counts;
}

/**
 * A digest of the schema and every row of every table: two databases with the same
 * fingerprint hold the same data.
 */
export function fingerprint(sqlite: Database.Database): string {
  const hash = crypto.createHash("sha256");
  const objects = sqlite
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[];
  for (const object of objects) {
    hash.update(JSON.stringify(object));
    if (object.type !== "table") continue;
    const quoted = `"${object.name.replace(/"/g, '""')}"`;
    const withoutRowid = /WITHOUT\s+ROWID/i.test(object.sql ?? "");
    const rows = sqlite.prepare(`SELECT * FROM ${quoted}${withoutRowid ? "" : " ORDER BY rowid"}`).raw().iterate();
    for (const row of rows) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString("hex") : v)));
  }
  return hash.digest("hex");
}

/** Runs integrity_check and foreign_key_check on an open database. */
function checkOpenDatabase(sqlite: Database.Database): DatabaseCheck {
  const problems: string[] = [];
  const integrity = sqlite.prepare("PRAGMA integrity_check").pluck().all() as string[];
  if (!(integrity.length === 1 && integrity[0] === "ok")) {
    problems.push(`integrity_check failed: ${integrity.slice(0, 5).join("; ")}`);
  }
  const orphans = sqlite.prepare("PRAGMA foreign_key_check").all() as { table: string }[];
  if (orphans.length > 0) {
    const tables = [...new Set(orphans.map((o) => o.table))].join(", ");
    problems.push(`foreign_key_check found ${orphans.length} row(s) pointing at missing records (in ${tables})`);
  }
  const counts = countRows(sqlite);
  const missingTables = REQUIRED_TABLES.filter((t) => !(t in counts));
  return { ok: problems.length === 0, problems, counts, missingTables };
}

/**
 * Checks a database file without changing it: integrity, foreign keys, rows per table
 * and whether it has Vigil's tables. A file that is not SQLite at all is reported as a
 * problem, not thrown.
 */
export function checkDatabaseFile(file: string): DatabaseCheck {
  if (!fs.existsSync(file)) {
    return { ok: false, problems: [`there is no file at ${file}`], counts: {}, missingTables: [...REQUIRED_TABLES] };
  }
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    return checkOpenDatabase(sqlite);
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      problems: [`it cannot be read as a SQLite database (${reason})`],
      counts: {},
      missingTables: [...REQUIRED_TABLES],
    };
  } finally {
    sqlite?.close();
  }
}

/** Flushes a file, or a folder's entries, to disk. */
function fsyncPath(target: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(target, "r");
    fs.fsyncSync(fd);
  } catch (error) {
    // Some platforms cannot open or fsync a directory; the file itself was already synced.
    if (fs.statSync(target).isFile()) throw error;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function freePath(dir: string, name: string): string {
  const base = name.replace(/\.sqlite$/, "");
  let candidate = path.join(dir, name);
  for (let i = 2; fs.existsSync(candidate); i++) candidate = path.join(dir, `${base}-${i}.sqlite`);
  return candidate;
}

/**
 * Writes a consistent copy of `sourceFile` into `backupDir` (created owner-only if
 * missing) as a timestamped file readable by its owner only, then checks the copy.
 * Safe while the server is running and writing.
 */
export function backupDatabase(
  sourceFile: string,
  backupDir: string,
  { now = new Date(), label }: { now?: Date; label?: string } = {},
): BackupResult {
  if (!fs.existsSync(sourceFile)) throw new BackupError(`There is no database at ${sourceFile}.`);
  ensureOwnerOnlyFolder(backupDir);
  const file = freePath(backupDir, backupFileName(now, label));
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  // Created owner-only before SQLite writes into it (VACUUM INTO accepts an empty file), so
  // the copy is never readable by others, not even while it is being written.
  ensureOwnerOnlyFile(partial);

  // A normal (not read-only) connection, so it can share the WAL index with the server.
  const source = new Database(sourceFile, { fileMustExist: true, timeout: 5000 });
  try {
    source.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Could not copy ${sourceFile}: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  fsyncPath(partial);
  fs.renameSync(partial, file);
  fsyncPath(backupDir);

  const check = checkDatabaseFile(file);
  if (!check.ok) {
    throw new BackupError(`The backup ${file} failed its check: ${check.problems.join("; ")}.`);
  }
  return { file, bytes: fs.statSync(file).size, counts: check.counts };
}

/**
 * Whether another connection (a running Vigil server, a script) has the database open.
 * Vigil's connections keep the file in WAL mode and hold a shared lock while open, so
 * leaving WAL mode is only possible when no one else uses the file. If that succeeds the
 * WAL has been checkpointed into the file and nothing is lost; the next connection
 * Vigil opens switches WAL back on.
 */
export function isDatabaseInUse(file: string): boolean {
  const probe = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    if (probe.pragma("journal_mode", { simple: true }) !== "wal") {
      // In rollback-journal mode no Vigil connection is open (each one turns WAL on);
      // still make sure no one is in the middle of a write.
      probe.exec("BEGIN EXCLUSIVE; COMMIT");
      return false;
    }
    return probe.pragma("journal_mode = DELETE", { simple: true }) !== "delete";
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    probe.close();
  }
}

/** Migration timestamps (drizzle's `created_at`) recorded in a database. */
function appliedMigrations(file: string): number[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all() as (number | string)[]).map(
      Number,
    );
  } finally {
    sqlite.close();
  }
}

/** Migration timestamps this version of Vigil knows, from drizzle/meta/_journal.json. */
export function knownMigrations(migrationsFolder = path.join(process.cwd(), "drizzle")): number[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return journal.entries.map((e) => e.when);
}

export interface RestoreOptions {
  /** The backup to restore. */
  backupFile: string;
  /** The database to replace (the server's DATABASE_PATH). */
  databaseFile: string;
  /** Where the copy of the current database is saved first. */
  backupDir: string;
  /** Restore even though another connection has the database open. */
  force?: boolean;
  now?: Date;
  migrationsFolder?: string;
}

export interface RestoreResult {
  /** The copy of the database as it was before the restore; null if there was none. */
  previous: BackupResult | null;
  /** Rows per table of the restored database (equal to the backup's). */
  counts: TableCounts;
  /** Another connection had the database open (only possible with `force`). */
  wasInUse: boolean;
}

/**
 * Replaces the database with a checked backup. Refuses a file that fails its checks or is
 * not a Vigil database, a backup from a newer version of Vigil, and a database in use
 * unless `force`. Saves the current database first, copies the backup in with one
 * transaction, then verifies that the result holds exactly the backup's data.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const backupFile = path.resolve(options.backupFile);
  const databaseFile = path.resolve(options.databaseFile);
  if (backupFile === databaseFile) {
    throw new BackupError("The backup file is the database itself; choose a backup file to restore.");
  }

  const check = checkDatabaseFile(backupFile);
  if (!check.ok) throw new BackupError(`Refusing to restore ${backupFile}: ${check.problems.join("; ")}.`);
  if (check.missingTables.length > 0) {
    throw new BackupError(
      `Refusing to restore ${backupFile}: it is not a Vigil database (it has no ${check.missingTables.join(", ")} table).`,
    );
  }
  const known = new Set(knownMigrations(options.migrationsFolder));
  const unknown = appliedMigrations(backupFile).filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new BackupError(
      `Refusing to restore ${backupFile}: it was made by a newer version of Vigil ` +
        `(${unknown.length} schema migration(s) this version does not have). Update Vigil first.`,
    );
  }

  let previous: BackupResult | null = null;
  let wasInUse = false;
  if (fs.existsSync(databaseFile)) {
    wasInUse = isDatabaseInUse(databaseFile);
    if (wasInUse && !options.force) {
      throw new BackupError(
        `Refusing to restore: ${databaseFile} is open in another program, most likely the running Vigil server. ` +
          "Stop the server and run the restore again (or add --force to restore into the running server's " +
          "database; the current data is saved first either way).",
      );
    }
    try {
      previous = backupDatabase(databaseFile, options.backupDir, { now: options.now, label: "before-restore" });
    } catch (error) {
      throw new BackupError(
        `Refusing to restore: the current database could not be saved first (${(error as Error).message}). ` +
          "Nothing was changed.",
      );
    }
  } else {
    ensureOwnerOnlyFolder(path.dirname(databaseFile));
    ensureOwnerOnlyFile(databaseFile);
  }

  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const expected = fingerprint(source);
    // better-sqlite3 reports a copy that could not start (the database busy at that moment)
    // as finished, so the result is compared with the backup and the copy retried.
    for (let attempt = 1; ; attempt++) {
      await source.backup(databaseFile, { progress: () => 0x7fffffff });
      const restored = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
      try {
        const after = checkOpenDatabase(restored);
        if (after.ok && fingerprint(restored) === expected) {
          return { previous, counts: after.counts, wasInUse };
        }
        if (attempt >= 5) {
          throw new BackupError(
            `The restored database does not match the backup (${after.problems.join("; ") || "different data"}).` +
              (previous ? ` The database as it was before is saved at ${previous.file}.` : ""),
          );
        }
      } finally {
        restored.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  } finally {
    source.close();
  }
}

/** Rows per table as aligned lines, for the command-line output. */
export function formatCounts(counts: TableCounts): string {
  const width = Math.max(0, ...Object.keys(counts).map((t) => t.length));
  return Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(width)}  ${n}`)
    .join("\n");
}
