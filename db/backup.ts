/**
 * Online backups of the Vigil database.
 *
 * A backup is a consistent snapshot taken with `VACUUM INTO` from a read transaction:
 * in WAL mode it does not block the running server, and it contains every transaction
 * committed before it started and nothing of any transaction after. The copy is written
 * under a temporary name, flushed to disk, renamed, then checked with integrity_check.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkDatabaseFile, type TableCounts } from "./backup-checks";
import { ensureOwnerOnlyFile, ensureOwnerOnlyFolder } from "./owner-only-files";
import { readEnv } from "../env";

/** A refusal or failure with a message meant for the person running the command. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  counts: TableCounts;
}

/** `vigil-2026-11-27T21-30-00Z.sqlite`: sortable, and valid as a file name everywhere. */
export function backupFileName(now: Date = new Date(), label?: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `vigil-${stamp}${label ? `-${label}` : ""}.sqlite`;
}

/** Backups go next to the database, in `backups/`, unless VIGIL_BACKUP_DIR says otherwise. */
export function defaultBackupDir(databaseFile: string, backupDir: string | undefined = readEnv().VIGIL_BACKUP_DIR): string {
  return backupDir || path.join(path.dirname(path.resolve(databaseFile)), "backups");
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
