import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { cachedUntilWrite } from "./write-revision-cache";

function countRows(sqlite: Database.Database, calls: { n: number }) {
  return cachedUntilWrite(sqlite, "count", () => {
    calls.n++;
    return sqlite.prepare("SELECT count(*) FROM t").pluck().get();
  });
}

describe("cachedUntilWrite", () => {
  it("answers from the cache until this connection writes", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
    const calls = { n: 0 };
    expect(countRows(sqlite, calls)).toBe(1);
    expect(countRows(sqlite, calls)).toBe(1);
    expect(calls.n).toBe(1);
    sqlite.exec("INSERT INTO t VALUES (2)");
    expect(countRows(sqlite, calls)).toBe(2);
    sqlite.exec("UPDATE t SET x = 3 WHERE x = 2");
    countRows(sqlite, calls);
    expect(calls.n).toBe(3);
  });

  it("notices a write committed by another connection", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-cache-"));
    try {
      const file = path.join(dir, "db.sqlite");
      const reader = new Database(file);
      reader.pragma("journal_mode = WAL");
      reader.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
      const calls = { n: 0 };
      expect(countRows(reader, calls)).toBe(1);
      const writer = new Database(file);
      writer.exec("INSERT INTO t VALUES (2)");
      writer.close();
      expect(countRows(reader, calls)).toBe(2);
      expect(calls.n).toBe(2);
      reader.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
