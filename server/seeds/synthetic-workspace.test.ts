import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { generateWorkspace } from "./synthetic-workspace";

describe("synthetic workspace generator (smoke run)", () => {
  it("fills a small workspace with consistent records, the large case first, searchable", async () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    await generateWorkspace(db, { cases: 60, sources: 300, asks: 120, outcomes: 40, users: 5 }, 7);
    const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count("users"), count("cases"), count("sources"), count("asks"), count("outcomes")]).toEqual([5, 60, 300, 120, 40]);
    // Case 1 is the benchmark's large case.
    const large = db.$client
      .prepare("SELECT (SELECT count(*) FROM case_sources WHERE case_id = 1) AS s, (SELECT count(*) FROM asks WHERE case_id = 1) AS a")
      .get();
    expect(large).toEqual({ s: 50, a: 30 });
    // Every case has its first status entry, and the status matches the last move.
    const mismatched = db.$client
      .prepare(
        `SELECT count(*) AS n FROM cases c WHERE c.status != (SELECT to_status FROM case_status_changes h WHERE h.case_id = c.id ORDER BY h.id DESC LIMIT 1)`,
      )
      .get() as { n: number };
    expect(mismatched.n).toBe(0);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    expect((db.$client.prepare("SELECT count(*) AS n FROM search_cases").get() as { n: number }).n).toBe(60);
  });
});
