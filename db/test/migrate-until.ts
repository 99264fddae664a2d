import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openDatabase, type Db } from "../client";

/**
 * A database migrated up to (not including) the migration `tag`, so a test can write rows
 * as the schema stood then and check what the later migrations make of them.
 */
export function databaseBefore(tag: string, use: (db: Db) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-migration-"));
  try {
    const source = path.join(process.cwd(), "drizzle");
    fs.mkdirSync(path.join(dir, "meta"));
    const journal = JSON.parse(fs.readFileSync(path.join(source, "meta", "_journal.json"), "utf8"));
    const earlier = journal.entries.filter((e: { tag: string }) => e.tag < tag);
    for (const entry of earlier) fs.copyFileSync(path.join(source, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
    fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: earlier }));
    const db = openDatabase(":memory:");
    migrate(db, { migrationsFolder: dir });
    use(db);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
