import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { keepCompiledStatements } from "./statement-cache";

function connection(size?: number) {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c');");
  keepCompiledStatements(sqlite, size);
  return sqlite;
}

describe("keepCompiledStatements", () => {
  it("hands out the compiled statement again for the same SQL", () => {
    const sqlite = connection();
    const first = sqlite.prepare("SELECT name FROM t WHERE id = ?");
    expect(sqlite.prepare("SELECT name FROM t WHERE id = ?")).toBe(first);
    expect(sqlite.prepare("SELECT name FROM t WHERE id = ?").get(2)).toEqual({ name: "b" });
  });

  it("hands a kept statement out in its default mode, whatever the last caller switched on", () => {
    const sqlite = connection();
    const sqlText = "SELECT id, name FROM t ORDER BY id";
    expect(sqlite.prepare(sqlText).raw().all()[0]).toEqual([1, "a"]);
    expect(sqlite.prepare(sqlText).all()[0]).toEqual({ id: 1, name: "a" });
    expect(sqlite.prepare(sqlText).pluck().all()).toEqual([1, 2, 3]);
    expect(sqlite.prepare(sqlText).get()).toEqual({ id: 1, name: "a" });
  });

  it("gives a fresh statement while the kept one is still being iterated", () => {
    const sqlite = connection();
    const sqlText = "SELECT id FROM t ORDER BY id";
    const seen: [number, number][] = [];
    for (const outer of sqlite.prepare(sqlText).pluck().iterate() as Iterable<number>) {
      for (const inner of sqlite.prepare(sqlText).pluck().iterate() as Iterable<number>) seen.push([outer, inner]);
    }
    expect(seen).toHaveLength(9);
  });

  it("keeps statements that write, and sees what they wrote", () => {
    const sqlite = connection();
    const insert = "INSERT INTO t (name) VALUES (?)";
    sqlite.prepare(insert).run("d");
    sqlite.prepare(insert).run("e");
    expect(sqlite.prepare("SELECT count(*) FROM t").pluck().get()).toBe(5);
  });

  it("follows a schema change made after the statement was kept", () => {
    const sqlite = connection();
    const sqlText = "SELECT * FROM t WHERE id = 1";
    expect(sqlite.prepare(sqlText).get()).toEqual({ id: 1, name: "a" });
    sqlite.exec("ALTER TABLE t ADD COLUMN country TEXT DEFAULT 'Rwanda'");
    expect(sqlite.prepare(sqlText).get()).toEqual({ id: 1, name: "a", country: "Rwanda" });
  });

  it("keeps at most the given number, dropping the least recently used", () => {
    const sqlite = connection(2);
    const a = sqlite.prepare("SELECT 1");
    const b = sqlite.prepare("SELECT 2");
    expect(sqlite.prepare("SELECT 1")).toBe(a); // now "SELECT 2" is the least recently used
    sqlite.prepare("SELECT 3");
    expect(sqlite.prepare("SELECT 1")).toBe(a);
    expect(sqlite.prepare("SELECT 2")).not.toBe(b);
  });
});
