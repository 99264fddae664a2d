import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { insertUser } from "../db/queries/users";
import { at } from "../domain/test-helpers";
import { runScript as run } from "./test/run-script";

let dir: string;
let env: { DATABASE_PATH: string; VIGIL_BACKUP_DIR: string };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-cli-"));
  env = { DATABASE_PATH: path.join(dir, "vigil.sqlite"), VIGIL_BACKUP_DIR: path.join(dir, "saved") };
  const db = openDatabase(env.DATABASE_PATH);
  runMigrations(db);
  insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  db.$client.close();
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  it("backs up to VIGIL_BACKUP_DIR, printing the path, size and rows per table, and restores it", async () => {
    const backup = await run("backup.ts", [], env);
    expect(backup.stderr).toContain("Warning: this backup is not encrypted. Whoever holds the file can read every case in it");
    expect(backup.code).toBe(0);
    const file = at(fs.readdirSync(env.VIGIL_BACKUP_DIR), 0);
    expect(file).toMatch(/^vigil-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/);
    const size = fs.statSync(path.join(env.VIGIL_BACKUP_DIR, file)).size;
    expect(backup.stdout).toContain(`to ${path.join(env.VIGIL_BACKUP_DIR, file)} (${size.toLocaleString("en")} bytes)`);
    expect(backup.stdout).toContain("integrity_check: ok");
    expect(backup.stdout).toMatch(/^ {2}users +1$/m);
    expect(backup.stdout).toMatch(/^ {2}cases +0$/m);

    const restore = await run("restore.ts", [path.join(env.VIGIL_BACKUP_DIR, file)], env);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("Saved the database as it was to ");
    expect(restore.stdout).toContain("the data matches the backup");
  }, 60_000);

  it("refuses a file that is not a Vigil database with a clear message and exit code 1", async () => {
    const bogus = path.join(dir, "bogus.sqlite");
    fs.writeFileSync(bogus, "not a database");
    const restore = await run("restore.ts", [bogus], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`Restore failed: Refusing to restore ${bogus}: it cannot be read as a SQLite database`);
  }, 60_000);
});
