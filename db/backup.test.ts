import fs from "node:fs";
import { SEES_CONFIDENTIAL } from "./queries/test-fixtures";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./client";
import { runMigrations } from "./migrate";
import { insertUser } from "./queries/users";
import { findCaseById } from "./queries/cases";
import { insertCase } from "./queries/case-writes";
import { createCaseSchema } from "../domain/schemas/case";
import { BackupError, backupDatabase, backupFileName, defaultBackupDir } from "./backup";
import { checkDatabaseFile, countRows, fingerprint } from "./backup-checks";
import { isDatabaseInUse, restoreDatabase } from "./restore";

let dir: string;
let dbFile: string;
let backupDir: string;
let userId: number;

const input = createCaseSchema.parse({
  personName: "Paul Rusesabagina",
  title: "Abducted and tried on terrorism charges",
  country: "Rwanda",
  priority: "urgent",
  status: "detained",
});

function withDb<T>(fn: (db: Db) => T, file = dbFile): T {
  const db = openDatabase(file);
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

function fingerprintOf(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    return fingerprint(sqlite);
  } finally {
    sqlite.close();
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-backup-"));
  dbFile = path.join(dir, "vigil.sqlite");
  backupDir = path.join(dir, "backups");
  userId = withDb((db) => {
    runMigrations(db);
    const id = insertUser(db, null, { email: "c@example.org", name: "Carla", role: "campaigner", passwordHash: "x" }).id;
    insertCase(db, id, input);
    return id;
  });
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup file names and folders", () => {
  it("names a backup after the UTC time, usable as a file name on every system", () => {
    expect(backupFileName(new Date("2026-11-27T21:30:00.123Z"))).toBe("vigil-2026-11-27T21-30-00Z.sqlite");
    expect(backupFileName(new Date("2026-11-27T21:30:00Z"), "before-restore")).toBe("vigil-2026-11-27T21-30-00Z-before-restore.sqlite");
  });

  it("keeps backups beside the database unless VIGIL_BACKUP_DIR names a folder", () => {
    expect(defaultBackupDir("/srv/vigil/data/vigil.sqlite", undefined)).toBe("/srv/vigil/data/backups");
    expect(defaultBackupDir("/srv/vigil/data/vigil.sqlite", "/mnt/safe")).toBe("/mnt/safe");
  });
});

describe("backupDatabase", () => {
  it("writes a checked, owner-only copy holding every row of the database", () => {
    const now = new Date("2026-11-27T21:30:00Z");
    const result = backupDatabase(dbFile, backupDir, { now });
    expect(result.file).toBe(path.join(backupDir, "vigil-2026-11-27T21-30-00Z.sqlite"));
    expect(result.bytes).toBe(fs.statSync(result.file).size);
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(backupDir).mode & 0o777).toBe(0o700);
    expect(result.counts).toMatchObject({ users: 1, cases: 1, case_status_changes: 1, audit_events: 2 });
    expect(result.counts).toEqual(withDb((db) => countRows(db.$client)));
    expect(fingerprintOf(result.file)).toBe(fingerprintOf(dbFile));
    expect(checkDatabaseFile(result.file)).toMatchObject({ ok: true, problems: [], missingTables: [] });
    // A self-contained single file: no -wal to forget when copying it elsewhere.
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(result.file)]);
  });

  it("includes a write committed a moment ago by a connection that is still open", () => {
    const db = openDatabase(dbFile);
    try {
      const created = insertCase(db, userId, { ...input, personName: "Just saved" });
      const result = backupDatabase(dbFile, backupDir);
      const copy = openDatabase(result.file);
      try {
        expect(findCaseById(copy, SEES_CONFIDENTIAL, created.id)?.personName).toBe("Just saved");
      } finally {
        copy.$client.close();
      }
    } finally {
      db.$client.close();
    }
  });

  it("never overwrites an earlier backup taken in the same second", () => {
    const now = new Date("2026-11-27T21:30:00Z");
    const first = backupDatabase(dbFile, backupDir, { now });
    const second = backupDatabase(dbFile, backupDir, { now });
    expect(second.file).not.toBe(first.file);
    expect(fs.readdirSync(backupDir).sort()).toEqual(["vigil-2026-11-27T21-30-00Z-2.sqlite", "vigil-2026-11-27T21-30-00Z.sqlite"]);
  });

  it("refuses a database that does not exist instead of backing up an empty one", () => {
    expect(() => backupDatabase(path.join(dir, "missing.sqlite"), backupDir)).toThrow(/There is no database at/);
    expect(fs.existsSync(path.join(dir, "missing.sqlite"))).toBe(false);
  });
});

describe("restoreDatabase", () => {
  it("brings back the backed-up data, saving the current database first", async () => {
    const backup = backupDatabase(dbFile, backupDir, { now: new Date("2026-11-27T20:00:00Z") });
    const lost = withDb((db) => insertCase(db, userId, { ...input, personName: "Added after the backup" }));
    const beforeRestore = fingerprintOf(dbFile);

    const result = await restoreDatabase({
      backupFile: backup.file,
      databaseFile: dbFile,
      backupDir,
      now: new Date("2026-11-27T21:00:00Z"),
    });

    expect(fingerprintOf(dbFile)).toBe(fingerprintOf(backup.file));
    expect(result.counts).toEqual(backup.counts);
    expect(result.wasInUse).toBe(false);
    expect(withDb((db) => findCaseById(db, SEES_CONFIDENTIAL, lost.id))).toBeNull();
    // The data as it was just before the restore is kept, nothing is thrown away.
    expect(result.previous?.file).toBe(path.join(backupDir, "vigil-2026-11-27T21-00-00Z-before-restore.sqlite"));
    expect(fingerprintOf(result.previous!.file)).toBe(beforeRestore);
    // The restored database opens with the usual settings and takes new writes.
    withDb((db) => insertCase(db, userId, { ...input, personName: "After the restore" }));
    expect(checkDatabaseFile(dbFile).ok).toBe(true);
  });

  it("creates the database when there is none yet", async () => {
    const backup = backupDatabase(dbFile, backupDir);
    const fresh = path.join(dir, "new", "vigil.sqlite");
    const result = await restoreDatabase({ backupFile: backup.file, databaseFile: fresh, backupDir });
    expect(result.previous).toBeNull();
    expect(fingerprintOf(fresh)).toBe(fingerprintOf(backup.file));
  });

  it("refuses a backup that fails integrity_check and changes nothing", async () => {
    const backup = backupDatabase(dbFile, backupDir);
    const damaged = path.join(dir, "damaged.sqlite");
    const bytes = fs.readFileSync(backup.file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the cell content of every page after the schema page.
    for (let page = 1; page * pageSize < bytes.length; page++) {
      bytes.fill(0xa5, page * pageSize + 8, (page + 1) * pageSize);
    }
    fs.writeFileSync(damaged, bytes);
    const before = fingerprintOf(dbFile);
    await expect(restoreDatabase({ backupFile: damaged, databaseFile: dbFile, backupDir })).rejects.toThrow(
      /Refusing to restore .*damaged\.sqlite: (integrity_check failed|it cannot be read)/,
    );
    expect(fingerprintOf(dbFile)).toBe(before);
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(backup.file)]);
  });

  it("refuses a file that is not a database at all", async () => {
    const text = path.join(dir, "notes.sqlite");
    fs.writeFileSync(text, "These are not the records you are looking for.\n".repeat(200));
    await expect(restoreDatabase({ backupFile: text, databaseFile: dbFile, backupDir })).rejects.toThrow(
      /Refusing to restore .*notes\.sqlite: it cannot be read as a SQLite database/,
    );
  });

  it("refuses a SQLite database that is not a Vigil database", async () => {
    const other = path.join(dir, "other.sqlite");
    const sqlite = new Database(other);
    sqlite.exec("CREATE TABLE cases (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO cases (name) VALUES ('x')");
    sqlite.close();
    const before = fingerprintOf(dbFile);
    await expect(restoreDatabase({ backupFile: other, databaseFile: dbFile, backupDir })).rejects.toThrow(
      "it is not a Vigil database (it has no users, case_status_changes, audit_events, __drizzle_migrations table)",
    );
    expect(fingerprintOf(dbFile)).toBe(before);
  });

  it("refuses a backup made by a newer version of Vigil", async () => {
    const backup = backupDatabase(dbFile, backupDir);
    const sqlite = new Database(backup.file);
    sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)").run(Date.now() + 1e10);
    sqlite.close();
    await expect(restoreDatabase({ backupFile: backup.file, databaseFile: dbFile, backupDir })).rejects.toThrow(
      /made by a newer version of Vigil/,
    );
  });

  it("refuses to restore the database onto itself", async () => {
    await expect(restoreDatabase({ backupFile: dbFile, databaseFile: dbFile, backupDir })).rejects.toThrow(/is the database itself/);
  });

  it("refuses while another connection has the database open, unless forced", async () => {
    const backup = backupDatabase(dbFile, backupDir);
    const server = openDatabase(dbFile);
    try {
      const added = insertCase(server, userId, { ...input, personName: "Saved while the server runs" });
      expect(isDatabaseInUse(dbFile)).toBe(true);
      await expect(restoreDatabase({ backupFile: backup.file, databaseFile: dbFile, backupDir })).rejects.toThrow(
        /is open in another program, most likely the running Vigil server.*--force/,
      );
      expect(findCaseById(server, SEES_CONFIDENTIAL, added.id)?.personName).toBe("Saved while the server runs");
      expect(fs.readdirSync(backupDir)).toHaveLength(1);

      const result = await restoreDatabase({ backupFile: backup.file, databaseFile: dbFile, backupDir, force: true });
      expect(result.wasInUse).toBe(true);
      // The open connection sees the restored data, and the case it saved is in the saved copy.
      expect(findCaseById(server, SEES_CONFIDENTIAL, added.id)).toBeNull();
      expect(countRows(server.$client)).toEqual(backup.counts);
      const previous = openDatabase(result.previous!.file);
      try {
        expect(findCaseById(previous, SEES_CONFIDENTIAL, added.id)?.personName).toBe("Saved while the server runs");
      } finally {
        previous.$client.close();
      }
    } finally {
      server.$client.close();
    }
    expect(isDatabaseInUse(dbFile)).toBe(false);
  });

  it("sees a Vigil connection as soon as it is opened, even after a check left the file out of WAL mode", () => {
    expect(isDatabaseInUse(dbFile)).toBe(false);
    const server = openDatabase(dbFile);
    try {
      expect(isDatabaseInUse(dbFile)).toBe(true);
    } finally {
      server.$client.close();
    }
  });

  it("reports refusals as BackupError so the command prints a clear message", async () => {
    await expect(restoreDatabase({ backupFile: path.join(dir, "nope.sqlite"), databaseFile: dbFile, backupDir })).rejects.toBeInstanceOf(
      BackupError,
    );
  });
});
