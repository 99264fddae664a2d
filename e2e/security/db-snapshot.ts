import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

/** The matrix server's database (see MATRIX_PORT in playwright.config.ts). */
export function matrixDatabasePath(): string {
  return path.join(process.env.VIGIL_E2E_DIR!, "matrix.sqlite");
}

// Tables that legitimately grow when someone merely tries to sign in or is refused.
const LOG_TABLES = /^(audit_events|sign_in_failures|__drizzle_migrations)$/;
// Columns every request may move: a session's last-seen time is the request itself, not a record.
const REQUEST_BOOKKEEPING: Record<string, string> = { user_sessions: "last_seen_at" };

/** A digest of every record in the database, except append-only logs of attempts. */
export function databaseDigest(db: Database.Database): string {
  // Virtual tables (the search index) are read through their module; their shadow tables
  // hold the same data in internal form (some WITHOUT ROWID), so they are skipped.
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const hash = crypto.createHash("sha256");
  for (const { name } of tables) {
    if (LOG_TABLES.test(name)) continue;
    hash.update(name);
    const skipped = REQUEST_BOOKKEEPING[name];
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate() as Iterable<Record<string, unknown>>) {
      if (skipped) delete row[skipped];
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest("hex");
}

export function openMatrixDatabase(): Database.Database {
  const db = new Database(matrixDatabasePath());
  db.pragma("busy_timeout = 5000");
  return db;
}
