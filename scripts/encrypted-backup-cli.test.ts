/**
 * Encrypted backups end to end, through the commands an admin runs: a key made with
 * `npm run backup:keygen`, a backup taken while another process writes, and restores with
 * the right identity and with a wrong one.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { fingerprint } from "../db/backup-checks";
import { createDatabase, partialRecords, useWriterProcesses, waitFor } from "../db/test/case-writer-process";
import { testCase } from "../db/test/fixtures";
import { at } from "../domain/test-helpers";
import { runScript } from "./test/run-script";

const processes = useWriterProcesses("vigil-encrypted-backup-");
const MARKER = "Ndayishimiye-Confidential-7Q";

function rowsOf(stdout: string, table: string): number {
  const match = new RegExp(`^ {2}${table} +(\\d+)$`, "m").exec(stdout);
  if (!match?.[1]) throw new Error(`no row count for ${table} in:\n${stdout}`);
  return Number(match[1]);
}

async function makeKey(file: string): Promise<string> {
  const keygen = await runScript("backup-keygen.ts", [file], {});
  expect(keygen.code).toBe(0);
  expect((fs.statSync(file).mode & 0o777).toString(8)).toBe("600");
  return at(/^VIGIL_BACKUP_RECIPIENT=(age1[0-9a-z]+)$/m.exec(keygen.stdout) ?? [], 1);
}

describe("encrypted backups", () => {
  it("encrypt a backup taken under writes so that only the identity file restores it, intact", async () => {
    const dir = processes.dir();
    const live = path.join(dir, "live.sqlite");
    const backupDir = path.join(dir, "backups");
    const userId = createDatabase(live);
    const seeding = openDatabase(live);
    for (let i = 0; i < 300; i++) {
      testCase(seeding, userId, `${MARKER} ${i}`, { summary: `Held incommunicado; ${MARKER}. `.repeat(20) });
    }
    seeding.$client.close();

    const identityFile = path.join(dir, "backup-identity.txt");
    const recipient = await makeKey(identityFile);
    const again = await runScript("backup-keygen.ts", [identityFile], {});
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists already");

    const writer = processes.startWriter(live, userId);
    await writer.ready;
    await waitFor(() => writer.acks.length >= 5, "the first writes");
    const backup = await runScript("backup.ts", [], {
      DATABASE_PATH: live,
      VIGIL_BACKUP_DIR: backupDir,
      VIGIL_BACKUP_RECIPIENT: recipient,
    });
    const ackedAfter = writer.acks.length;
    writer.child.kill("SIGKILL");
    await writer.closed;
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Encrypted to ${recipient}`);

    // Only the encrypted file is left: no plain copy, no partial file.
    const [name, ...others] = fs.readdirSync(backupDir);
    expect(others).toEqual([]);
    expect(name).toMatch(/^vigil-.*\.sqlite\.age$/);
    const encrypted = path.join(backupDir, name as string);
    const bytes = fs.readFileSync(encrypted);
    expect(bytes.subarray(0, 21).toString()).toBe("age-encryption.org/v1");
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from("SQLite format 3"))).toBe(false);

    const backedUpCases = rowsOf(backup.stdout, "cases");
    expect(backedUpCases).toBeGreaterThan(300);
    expect(backedUpCases).toBeLessThanOrEqual(300 + ackedAfter + 1);

    // A wrong identity is refused, and the database it would have replaced is untouched.
    const target = path.join(dir, "restored.sqlite");
    createDatabase(target);
    const fingerprintOf = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return fingerprint(db);
      } finally {
        db.close();
      }
    };
    const before = fingerprintOf(target);
    const wrongIdentity = path.join(dir, "other-identity.txt");
    await makeKey(wrongIdentity);
    const restoreEnv = { DATABASE_PATH: target, VIGIL_BACKUP_DIR: path.join(dir, "restore-side") };
    const wrong = await runScript("restore.ts", [encrypted, "--identity", wrongIdentity], restoreEnv);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`Restore failed: ${encrypted} was not encrypted to this identity`);
    expect(fingerprintOf(target)).toBe(before);
    expect(fs.readdirSync(restoreEnv.VIGIL_BACKUP_DIR)).toEqual([]);

    const without = await runScript("restore.ts", [encrypted], restoreEnv);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("is encrypted: give the identity file that decrypts it with --identity KEYFILE");

    const restore = await runScript("restore.ts", [encrypted, "--identity", identityFile], restoreEnv);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("integrity_check: ok; the data matches the backup.");
    const restored = new Database(target, { readonly: true });
    try {
      expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(restored.prepare("SELECT count(*) FROM cases").pluck().get()).toBe(backedUpCases);
      expect(partialRecords(restored)).toBe(0);
    } finally {
      restored.close();
    }
    // The decrypted copy used for the restore does not stay on disk.
    expect(fs.readdirSync(restoreEnv.VIGIL_BACKUP_DIR).filter((f) => f.startsWith(".decrypted-"))).toEqual([]);
  }, 120_000);
});
