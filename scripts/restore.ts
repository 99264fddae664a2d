/**
 * `npm run restore -- FILE [--force]`: replaces the database (DATABASE_PATH) with a backup.
 *
 * Refuses a file that fails integrity_check or is not a Vigil database, and refuses while
 * another program (the server) has the database open unless --force. The current database
 * is always saved first (as `vigil-<time>-before-restore.sqlite` in the backup folder).
 * An encrypted backup (`.sqlite.age`) needs `--identity KEYFILE`: it is decrypted to an
 * owner-only file beside the backups, restored from there, and that file removed.
 */
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../db/client";
import { BackupError, defaultBackupDir } from "../db/backup";
import { formatCounts } from "../db/backup-checks";
import { decryptBackup, isEncryptedBackup, readIdentityFile } from "../db/backup-encryption";
import { restoreDatabase } from "../db/restore";
import { OwnerOnlyError, ensureOwnerOnlyFolder } from "../db/owner-only-files";

const USAGE = "Usage: npm run restore -- FILE [--identity KEYFILE] [--force]   (the database is DATABASE_PATH)";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  // `npm run restore FILE --force` (without `--`) hands --force to npm, which passes it on
  // as npm_config_force; honour it so the flag means the same either way.
  const force = args.includes("--force") || process.env.npm_config_force === "true";
  const identityAt = args.indexOf("--identity");
  const identityFile = identityAt === -1 ? undefined : args[identityAt + 1];
  const files = args.filter((a, i) => a !== "--force" && (identityAt === -1 || (i !== identityAt && i !== identityAt + 1)));
  const unknownOption = files.find((a) => a.startsWith("-"));
  const [backupFile, ...extraFiles] = files;
  if (backupFile === undefined || extraFiles.length > 0 || unknownOption || (identityAt !== -1 && !identityFile)) {
    console.error(unknownOption ? `Unknown option ${unknownOption}.\n${USAGE}` : USAGE);
    process.exit(2);
  }
  if (!fs.existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`);
  const databaseFile = databasePath();
  const backupDir = defaultBackupDir(databaseFile);
  const encrypted = isEncryptedBackup(backupFile);
  if (encrypted && !identityFile) {
    throw new BackupError(`${backupFile} is encrypted: give the identity file that decrypts it with --identity KEYFILE.`);
  }
  let plainFile = backupFile;
  if (encrypted && identityFile) {
    ensureOwnerOnlyFolder(backupDir);
    plainFile = path.join(backupDir, `.decrypted-${process.pid}-${path.basename(backupFile, ".age")}`);
    await decryptBackup(backupFile, readIdentityFile(identityFile), plainFile);
  }
  const result = await restoreDatabase({ backupFile: plainFile, databaseFile, backupDir, force }).finally(() => {
    if (plainFile !== backupFile) fs.rmSync(plainFile, { force: true });
  });
  if (result.previous) console.log(`Saved the database as it was to ${result.previous.file}`);
  console.log(`Restored ${backupFile}${encrypted ? " (decrypted)" : ""} into ${databaseFile}`);
  console.log("integrity_check: ok; the data matches the backup.");
  console.log(`Rows per table:\n${formatCounts(result.counts)}`);
  console.log(
    result.wasInUse
      ? "The server had the database open: restart it now so every page shows the restored data."
      : "Start (or restart) the Vigil server to use the restored data.",
  );
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof OwnerOnlyError ? `Restore failed: ${error.message}` : error);
  process.exit(1);
});
