/**
 * Checks of a database file shared by backups and restores: integrity and foreign keys,
 * rows per table, whether it has Vigil's tables, and which schema migrations it carries.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Tables without which a file is not a Vigil database. */
const REQUIRED_TABLES = ["users", "cases", "case_status_changes", "audit_events", "__drizzle_migrations"];

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

/** Rows per user table of an open database, tables sorted by name. */
export function countRows(sqlite: Database.Database): TableCounts {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: TableCounts = {};
  for (const table of tables) {
    counts[table] = sqlite
      .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/**
 * A digest of the schema and every row of every table: two databases with the same
 * fingerprint hold the same data.
 */
export function fingerprint(sqlite: Database.Database): string {
  const hash = crypto.createHash("sha256");
  const objects = sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  for (const object of objects) {
    hash.update(JSON.stringify(object));
    if (object.type !== "table") continue;
    const quoted = `"${object.name.replace(/"/g, '""')}"`;
    const withoutRowid = /WITHOUT\s+ROWID/i.test(object.sql ?? "");
    const rows = sqlite
      .prepare(`SELECT * FROM ${quoted}${withoutRowid ? "" : " ORDER BY rowid"}`)
      .raw()
      .iterate();
    for (const row of rows) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString("hex") : v)));
  }
  return hash.digest("hex");
}

/** Runs integrity_check and foreign_key_check on an open database. */

export function checkOpenDatabase(sqlite: Database.Database): DatabaseCheck {
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

/** Migration timestamps (drizzle's `created_at`) recorded in a database. */
export function appliedMigrations(file: string): number[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all() as (number | string)[]).map(Number);
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

/** Rows per table as aligned lines, for the command-line output. */
export function formatCounts(counts: TableCounts): string {
  const width = Math.max(0, ...Object.keys(counts).map((t) => t.length));
  return Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(width)}  ${n}`)
    .join("\n");
}
