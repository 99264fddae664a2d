/**
 * `npm run backup:keygen -- FILE`: makes an age identity for encrypted backups, writes it to
 * FILE (owner-only, never over an existing file) and prints the public key to set as
 * VIGIL_BACKUP_RECIPIENT. The identity belongs offline, not on the server.
 */
import fs from "node:fs";
import { BackupError } from "../db/backup";
import { generateBackupKey } from "../db/backup-encryption";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]?.startsWith("-")) {
    console.log("Usage: npm run backup:keygen -- FILE   (writes the identity that decrypts backups to FILE)");
    process.exit(args.includes("--help") || args.includes("-h") ? 0 : 2);
  }
  const file = args[0] as string;
  const { identity, recipient } = await generateBackupKey();
  try {
    fs.writeFileSync(file, `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`, {
      mode: 0o600,
      flag: "wx",
    });
  } catch (error) {
    throw new BackupError(
      (error as { code?: string }).code === "EEXIST"
        ? `${file} exists already; choose another name so no identity is overwritten.`
        : `Cannot write ${file}: ${(error as Error).message}`,
    );
  }
  console.log(`Wrote the identity to ${file}. Keep it offline (a USB key in a safe, a password manager), not on the server.`);
  console.log("Set this on the server so backups are encrypted to it:");
  console.log(`VIGIL_BACKUP_RECIPIENT=${recipient}`);
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `Key not made: ${error.message}` : error);
  process.exit(1);
});
