/**
 * `npm run restore -- FILE [--force]`: replaces the database (DATABASE_PATH) with a backup.
 *
 * Refuses a file that fails integrity_check or is not a Vigil database, and refuses while
 * another program (the server) has the database open unless --force. The current database
 * is always saved first (as `vigil-<time>-before-restore.sqlite` in the backup folder).
 */
import { databasePath } from "../db/client";
import { BackupError, defaultBackupDir } from "../db/backup";
import { formatCounts } from "../db/backup-checks";
import { restoreDatabase } from "../db/restore";
import { OwnerOnlyError } from "../db/owner-only-files";

const USAGE = "Usage: npm run restore -- FILE [--force]   (the database is DATABASE_PATH)";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  // `npm run restore FILE --force` (without `--`) hands --force to npm, which passes it on
  // as npm_config_force; honour it so the flag means the same either way.
  const force = args.includes("--force") || process.env.npm_config_force === "true";
  const files = args.filter((a) => a !== "--force");
  const unknownOption = files.find((a) => a.startsWith("-"));
  const [backupFile, ...extraFiles] = files;
  if (backupFile === undefined || extraFiles.length > 0 || unknownOption) {
    console.error(unknownOption ? `Unknown option ${unknownOption}.\n${USAGE}` : USAGE);
    process.exit(2);
  }
  const databaseFile = databasePath();
  const result = await restoreDatabase({
    backupFile,
    databaseFile,
    backupDir: defaultBackupDir(databaseFile),
    force,
  });
  if (result.previous) console.log(`Saved the database as it was to ${result.previous.file}`);
  console.log(`Restored ${files[0]} into ${databaseFile}`);
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
