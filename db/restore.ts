/**
 * A restore copies a checked backup into the live database file with SQLite's online
 * backup API, in one write transaction: an interruption leaves the previous data, never
 * a mix. Before that it saves the current database as a backup of its own.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BackupError, backupDatabase, type BackupResult } from "./backup";
import { appliedMigrations, checkDatabaseFile, checkOpenDatabase, fingerprint, knownMigrations, type TableCounts } from "./backup-checks";
import { ensureOwnerOnlyFile, ensureOwnerOnlyFolder } from "./owner-only-files";

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
        `Refusing to restore: the current database could not be saved first (${(error as Error).message}). ` + "Nothing was changed.",
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
