import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, readDurabilitySettings, verifyDurabilitySettings } from "./client";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-client-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase durability settings", () => {
  it("opens a file database in WAL mode with synchronous=FULL, a busy timeout and foreign keys", () => {
    const db = openDatabase(path.join(dir, "vigil.sqlite"));
    try {
      const settings = readDurabilitySettings(db.$client);
      expect(settings.journalMode).toBe("wal");
      expect(settings.synchronous).toBe(2);
      expect(settings.foreignKeys).toBe(1);
      expect(settings.busyTimeout).toBeGreaterThan(0);
    } finally {
      db.$client.close();
    }
  });

  it("keeps WAL mode in the file, so every later connection uses it too", () => {
    const file = path.join(dir, "vigil.sqlite");
    openDatabase(file).$client.close();
    const raw = new Database(file);
    try {
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      raw.close();
    }
  });

  it("refuses a connection whose settings did not take effect, naming each one", () => {
    const raw = new Database(path.join(dir, "weak.sqlite"));
    try {
      raw.pragma("synchronous = NORMAL");
      raw.pragma("busy_timeout = 0");
      raw.pragma("foreign_keys = OFF");
      let message = "";
      try {
        verifyDurabilitySettings(raw);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('journal_mode is "delete" instead of "wal"');
      expect(message).toContain("synchronous is 1 instead of 2 (FULL)");
      expect(message).toContain("busy_timeout is 0");
      expect(message).toContain("foreign keys are not enforced");
    } finally {
      raw.close();
    }
  });

  it("accepts a connection with every setting in place", () => {
    const raw = new Database(path.join(dir, "strong.sqlite"));
    try {
      raw.pragma("journal_mode = WAL");
      raw.pragma("synchronous = FULL");
      raw.pragma("busy_timeout = 1000");
      raw.pragma("foreign_keys = ON");
      expect(() => verifyDurabilitySettings(raw)).not.toThrow();
    } finally {
      raw.close();
    }
  });
});
