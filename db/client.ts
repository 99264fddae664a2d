import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  return process.env.DATABASE_PATH || path.join(process.cwd(), "data", "vigil.sqlite");
}

/**
 * Opens the database with the settings Vigil relies on for durability:
 * WAL (readers never block the writer), synchronous=FULL (an acknowledged
 * write survives power loss), a busy timeout, and foreign keys enforced.
 */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  if (file !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  if (sqlite.pragma("foreign_keys", { simple: true }) !== 1) {
    throw new Error("SQLite foreign keys could not be enabled");
  }
  return drizzle(sqlite, { schema }) as Db;
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { vigilDb?: Db };

export function getDb(): Db {
  if (!globalForDb.vigilDb) globalForDb.vigilDb = openDatabase();
  return globalForDb.vigilDb;
}
