import { readEnv } from "../env";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { ensureOwnerOnlyFile, ensureOwnerOnlyFolder, tightenIfExists } from "./owner-only-files";
import * as schema from "./schema";
import { keepCompiledStatements } from "./statement-cache";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The handle a `db.transaction` callback receives. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function databasePath(): string {
  return readEnv().DATABASE_PATH || path.join(process.cwd(), "data", "vigil.sqlite");
}

/**
 * Opens the database with the settings Vigil relies on for durability:
 * WAL (readers never block the writer), synchronous=FULL (an acknowledged
 * write survives power loss), a busy timeout, and foreign keys enforced.
 * Each setting is read back: if one did not take effect, opening fails
 * rather than running with weaker guarantees than the ones Vigil promises.
 *
 * The database's folder, the file and its -wal and -shm files are made owner-only first
 * (db/owner-only-files.ts): SQLite creates the -wal and -shm with the database file's mode.
 */
export function openDatabase(file: string = databasePath()): Db {
  const inMemory = file === ":memory:";
  if (!inMemory) {
    ensureOwnerOnlyFolder(path.dirname(file));
    ensureOwnerOnlyFile(file);
    tightenIfExists(`${file}-wal`);
    tightenIfExists(`${file}-shm`);
  }
  const sqlite = new Database(file);
  try {
    if (!inMemory) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    verifyDurabilitySettings(sqlite, { file, wal: !inMemory });
    // Deleted content is overwritten with zeros, so a deletion for good leaves no bytes
    // behind in the file's free space (db/queries/case-archive.ts checkpoints the WAL too).
    sqlite.pragma("secure_delete = ON");
    if (Number(sqlite.pragma("secure_delete", { simple: true })) !== 1) {
      throw new Error(`Refusing to use the database ${file}: secure_delete did not take effect.`);
    }
    // Read the schema now: a file that is not a database fails here with a clear error, and
    // the connection joins the WAL straight away, so `npm run restore` can tell that the
    // database is in use even before the first request.
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    sqlite.close();
    throw error;
  }
  keepCompiledStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

export interface DurabilitySettings {
  journalMode: string;
  synchronous: number;
  busyTimeout: number;
  foreignKeys: number;
}

/** Reads back the connection settings that durability depends on. */
export function readDurabilitySettings(sqlite: Database.Database): DurabilitySettings {
  return {
    journalMode: String(sqlite.pragma("journal_mode", { simple: true })).toLowerCase(),
    synchronous: Number(sqlite.pragma("synchronous", { simple: true })),
    busyTimeout: Number(sqlite.pragma("busy_timeout", { simple: true })),
    foreignKeys: Number(sqlite.pragma("foreign_keys", { simple: true })),
  };
}

/**
 * Throws a clear error naming every durability setting that is not in effect on this
 * connection: WAL (unless `wal: false`, e.g. an in-memory database), synchronous=FULL
 * or stronger, a busy timeout, and foreign keys.
 */
export function verifyDurabilitySettings(
  sqlite: Database.Database,
  { file = sqlite.name, wal = true }: { file?: string; wal?: boolean } = {},
): void {
  const actual = readDurabilitySettings(sqlite);
  const problems: string[] = [];
  if (wal && actual.journalMode !== "wal") {
    problems.push(`journal_mode is "${actual.journalMode}" instead of "wal"`);
  }
  // 2 = FULL, 3 = EXTRA (stronger); 0 = OFF and 1 = NORMAL can lose acknowledged writes.
  if (!(actual.synchronous >= 2)) problems.push(`synchronous is ${actual.synchronous} instead of 2 (FULL)`);
  if (!(actual.busyTimeout > 0)) problems.push(`busy_timeout is ${actual.busyTimeout} instead of a positive number`);
  if (actual.foreignKeys !== 1) problems.push("foreign keys are not enforced");
  if (problems.length > 0) {
    throw new Error(
      `Refusing to use the database ${file}: its durability settings did not take effect (${problems.join("; ")}). ` +
        "Check that the file is on a local disk that supports SQLite's WAL mode and is writable.",
    );
  }
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { vigilDb?: Db };

export function getDb(): Db {
  if (!globalForDb.vigilDb) globalForDb.vigilDb = openDatabase();
  return globalForDb.vigilDb;
}
