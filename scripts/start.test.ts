import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { findUserByEmail, insertUser, listUsers, setUserActive, setUserPassword } from "../db/queries/users";
import { hashPassword } from "../server/password";

const ROOT = path.resolve(import.meta.dirname, "..");

/** `npm start -- --check`: prepares everything the server needs, then exits instead of serving. */
function check(env: Record<string, string>, { umask }: { umask?: number } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const saved = umask === undefined ? undefined : process.umask(umask);
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "start.ts"), "--check"],
      // AUTH_SECRET empty: the script creates the secret file, as on a first start.
      { cwd: ROOT, env: { ...process.env, AUTH_SECRET: "", HOST: "", VIGIL_DEMO: "", PORT: "3999", ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    // The child has its umask from the moment it was spawned.
    if (saved !== undefined) process.umask(saved);
  });
}

function withDb<T>(file: string, fn: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(file);
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-start-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm start: where it serves, and when it refuses", () => {
  const demoDb = () => path.join(dir, "demo", "data", "vigil.sqlite");

  it("serves on loopback by default, with the data folder, database and sign-in secret owner-only whatever the umask", async () => {
    const result = await check({ DATABASE_PATH: demoDb() }, { umask: 0 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Vigil can start on http://127.0.0.1:3999 (only this machine can reach it;");
    expect(withDb(demoDb(), (db) => listUsers(db).length)).toBe(3);
    const dataDir = path.dirname(demoDb());
    expect(modeOf(dataDir)).toBe("700");
    expect(modeOf(demoDb())).toBe("600");
    expect(modeOf(path.join(dataDir, "auth-secret"))).toBe("600");
  }, 60_000);

  it("refuses to serve beyond loopback while the demo accounts keep the published password", async () => {
    const result = await check({ DATABASE_PATH: demoDb(), HOST: "0.0.0.0" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Refusing to start on 0.0.0.0: the demo accounts admin@example.org, campaigner@example.org, viewer@example.org are active",
    );
    expect(result.stderr).toContain("deactivate the demo accounts or reset their passwords");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it("serves beyond loopback once every demo account is deactivated or has a new password", async () => {
    const newHash = await hashPassword("a passphrase of our own");
    withDb(demoDb(), (db) => {
      const admin = insertUser(db, null, { email: "ops@example.org", name: "Ops", role: "admin", passwordHash: newHash });
      const id = (email: string) => findUserByEmail(db, email)!.id;
      setUserActive(db, admin.id, id("admin@example.org"), false);
      setUserPassword(db, admin.id, id("campaigner@example.org"), newHash, "password_reset");
    });
    const oneLeft = await check({ DATABASE_PATH: demoDb(), HOST: "0.0.0.0" });
    expect(oneLeft.code).toBe(1);
    expect(oneLeft.stderr).toContain("the demo accounts viewer@example.org are active");

    withDb(demoDb(), (db) =>
      setUserActive(db, findUserByEmail(db, "ops@example.org")!.id, findUserByEmail(db, "viewer@example.org")!.id, false),
    );
    const result = await check({ DATABASE_PATH: demoDb(), HOST: "0.0.0.0" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Vigil can start on http://0.0.0.0:3999 (other machines can reach it;");
  }, 60_000);

  it("refuses to seed the demo into a new database served beyond loopback, and serves it empty with VIGIL_DEMO=0", async () => {
    const file = path.join(dir, "new", "vigil.sqlite");
    const refused = await check({ DATABASE_PATH: file, HOST: "::" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to start on ::: this new database would get the demo accounts");
    expect(refused.stderr).toContain("VIGIL_DEMO=0 npm start");
    expect(withDb(file, (db) => listUsers(db).length)).toBe(0);

    const empty = await check({ DATABASE_PATH: file, HOST: "::", VIGIL_DEMO: "0" });
    expect(empty.stderr).toBe("");
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("Vigil can start on http://[::]:3999");
    expect(withDb(file, (db) => listUsers(db).length)).toBe(0);
  }, 60_000);
});
