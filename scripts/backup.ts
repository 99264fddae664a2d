/**
 * `npm run backup [-- FOLDER]`: writes a consistent copy of the database to
 * FOLDER (default: VIGIL_BACKUP_DIR, else `backups/` next to the database) as
 * `vigil-<UTC time>.sqlite`, checks it, and prints its path, size and rows per table.
 * With VIGIL_BACKUP_RECIPIENT set, the checked copy is encrypted to that age public key
 * (`.sqlite.age`) and the plain copy removed. Safe while the server is running.
 */
import fs from "node:fs";
import { databasePath } from "../db/client";
import { BackupError, backupDatabase, defaultBackupDir } from "../db/backup";
import { formatCounts } from "../db/backup-checks";
import { encryptBackup } from "../db/backup-encryption";
import { OwnerOnlyError } from "../db/owner-only-files";
import { readEnv } from "../env";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h") || args.length > 1) {
    console.log(
      "Usage: npm run backup [-- FOLDER]   (or set VIGIL_BACKUP_DIR; VIGIL_BACKUP_RECIPIENT encrypts; the database is DATABASE_PATH)",
    );
    process.exit(args.length > 1 ? 2 : 0);
  }
  const recipient = readEnv().VIGIL_BACKUP_RECIPIENT;
  const databaseFile = databasePath();
  const backupDir = args[0] || defaultBackupDir(databaseFile);
  const result = backupDatabase(databaseFile, backupDir);
  const file = recipient ? await encryptBackup(result.file, recipient) : result.file;
  console.log(`Backed up ${databaseFile}`);
  console.log(`to ${file} (${fs.statSync(file).size.toLocaleString("en")} bytes)`);
  console.log("integrity_check: ok");
  console.log(`Rows per table:\n${formatCounts(result.counts)}`);
  if (recipient) {
    console.log(`Encrypted to ${recipient}: only its identity file can read it (npm run restore -- FILE --identity KEYFILE).`);
  } else {
    console.error(
      "Warning: this backup is not encrypted. Whoever holds the file can read every case in it, confidential ones included.\n" +
        "Set VIGIL_BACKUP_RECIPIENT to an age public key (npm run backup:keygen makes one) to encrypt backups.",
    );
  }
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof OwnerOnlyError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
});
