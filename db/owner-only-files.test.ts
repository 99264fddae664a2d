import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "./backup";
import { restoreDatabase } from "./restore";
import { openDatabase } from "./client";
import { runMigrations } from "./migrate";
import { ensureOwnerOnlyFolder } from "./owner-only-files";
import { insertUser } from "./queries/users";

let dir: string;
let savedUmask: number;

// A umask of 000 would leave every file SQLite or Node creates open to everyone, unless the
// mode is set explicitly.
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-modes-"));
  savedUmask = process.umask(0);
});

afterEach(() => {
  process.umask(savedUmask);
  fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => (fs.statSync(file).mode & 0o7777).toString(8);

function writeSomething(file: string) {
  const db = openDatabase(file);
  runMigrations(db);
  insertUser(db, null, { email: "ada@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  return db;
}

describe("owner-only data files under umask 000", () => {
  it("creates the data folder, the database and its -wal and -shm owner-only", () => {
    const file = path.join(dir, "data", "vigil.sqlite");
    const db = writeSomething(file);
    try {
      expect(fs.existsSync(`${file}-wal`)).toBe(true);
      expect(fs.existsSync(`${file}-shm`)).toBe(true);
      expect(modeOf(path.dirname(file))).toBe("700");
      expect(modeOf(file)).toBe("600");
      expect(modeOf(`${file}-wal`)).toBe("600");
      expect(modeOf(`${file}-shm`)).toBe("600");
    } finally {
      db.$client.close();
    }
  });

  it("writes backups, and restores into a new database, owner-only", async () => {
    const file = path.join(dir, "data", "vigil.sqlite");
    writeSomething(file).$client.close();
    const backupDir = path.join(dir, "saved", "backups");
    const backup = backupDatabase(file, backupDir);
    expect(modeOf(path.join(dir, "saved"))).toBe("700");
    expect(modeOf(backupDir)).toBe("700");
    expect(modeOf(backup.file)).toBe("600");

    const restored = path.join(dir, "elsewhere", "vigil.sqlite");
    await restoreDatabase({ backupFile: backup.file, databaseFile: restored, backupDir });
    expect(modeOf(path.dirname(restored))).toBe("700");
    expect(modeOf(restored)).toBe("600");
  });

  it("tightens a data folder, database, -wal and -shm left open to others", () => {
    const dataDir = path.join(dir, "data");
    const file = path.join(dataDir, "vigil.sqlite");
    fs.mkdirSync(dataDir, { mode: 0o755 });
    // Another connection keeps the -wal and -shm in place, as after a crash.
    const other = new Database(file);
    try {
      other.pragma("journal_mode = WAL");
      other.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.chmodSync(f, 0o644);
      expect(modeOf(dataDir)).toBe("755");

      openDatabase(file).$client.close();
      expect(modeOf(dataDir)).toBe("700");
      expect(modeOf(file)).toBe("600");
      expect(modeOf(`${file}-wal`)).toBe("600");
      expect(modeOf(`${file}-shm`)).toBe("600");
    } finally {
      other.close();
    }
  });

  it("tightens a backup folder left open to others", () => {
    const file = path.join(dir, "vigil.sqlite");
    writeSomething(file).$client.close();
    const backupDir = path.join(dir, "backups");
    fs.mkdirSync(backupDir, { mode: 0o777 });
    backupDatabase(file, backupDir);
    expect(modeOf(backupDir)).toBe("700");
  });

  it("leaves a shared sticky folder such as /tmp as it is", () => {
    const shared = path.join(dir, "shared");
    fs.mkdirSync(shared, { mode: 0o1777 });
    ensureOwnerOnlyFolder(shared);
    expect(modeOf(shared)).toBe("1777");
  });
});
