/**
 * The database, its -wal and -shm files, backups and the sign-in secret hold every case
 * record or the key to them, so only the account that runs Vigil may read them: folders
 * 0700, files 0600. The modes are given explicitly instead of being left to the umask
 * (which may be 000), and an existing folder or file with a looser mode is tightened.
 */
import fs from "node:fs";

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;
const OWNER = 0o700;
const GROUP_AND_OTHERS = 0o077;
const STICKY = 0o1000;

/** A folder or file that is open to others and cannot be made owner-only by this account. */
export class OwnerOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OwnerOnlyError";
  }
}

/** Creates the folder (and any missing parents) owner-only, or tightens the existing one. */
export function ensureOwnerOnlyFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  tightenIfExists(dir);
}

/**
 * Creates an empty owner-only file if there is none, or tightens the existing one (its
 * content is kept). SQLite gives a database file it creates itself mode 0644 whatever the
 * umask, and gives its -wal and -shm files the database file's mode, so the database file
 * is created here first.
 */
export function ensureOwnerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, "a", FILE_MODE));
  tightenIfExists(file);
}

/** Takes every permission away from group and others on a file or folder, if it exists. */
export function tightenIfExists(target: string): void {
  let mode: number;
  let isFolder: boolean;
  try {
    const stat = fs.statSync(target);
    mode = stat.mode;
    isFolder = stat.isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if ((mode & GROUP_AND_OTHERS) === 0) return;
  // A sticky folder such as /tmp is shared by design; the files Vigil puts in it are
  // owner-only, and making the folder itself owner-only would lock everyone else out of it.
  if (isFolder && (mode & STICKY) !== 0) return;
  try {
    fs.chmodSync(target, mode & OWNER);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "EACCES") throw error;
    throw new OwnerOnlyError(
      `${target} is open to other users (mode ${(mode & 0o777).toString(8).padStart(4, "0")}) and cannot be ` +
        `made owner-only by this account (${code}). Make it owned by the account that runs Vigil, or run ` +
        `\`chmod go-rwx ${target}\`, then start again.`,
    );
  }
}
