/**
 * `npm run backup [-- FOLDER]`: writes a consistent copy of the database to
 * FOLDER (default: VIGIL_BACKUP_DIR, else `backups/` next to the database) as
 * `vigil-<UTC time>.sqlite`, checks it, and prints its path, size and rows per table.
 * Safe while the server is running.
 */
import { databasePath } from "../db/client";
import { BackupError, backupDatabase, defaultBackupDir } from "../db/backup";
import { formatCounts } from "../db/backup-checks";
import { OwnerOnlyError } from "../db/owner-only-files";

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h") || args.length > 1) {
    console.log("Usage: npm run backup [-- FOLDER]   (or set VIGIL_BACKUP_DIR; the database is DATABASE_PATH)");
    process.exit(args.length > 1 ? 2 : 0);
  }
  const databaseFile = databasePath();
  const backupDir = args[0] || defaultBackupDir(databaseFile);
  const result = backupDatabase(databaseFile, backupDir);
  console.log(`Backed up ${databaseFile}`);
  console.log(`to ${result.file} (${result.bytes.toLocaleString("en")} bytes)`);
  console.log("integrity_check: ok");
  console.log(`Rows per table:\n${formatCounts(result.counts)}`);
  console.log("The backup holds the case records: keep it as safe as the database itself.");
}

try {
  main();
} catch (error) {
  console.error(error instanceof BackupError || error instanceof OwnerOnlyError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
}
