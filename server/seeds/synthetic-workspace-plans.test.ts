import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { countCaseRecord } from "../../db/queries/case-record-counts";
import { listStatusHistory } from "../../db/queries/cases";
import { listAsksForCase } from "../../db/queries/asks";
import { listCaseSources } from "../../db/queries/source-lists";
import { searchRecords } from "../../db/queries/search";
import { loadTimelineFacts } from "../../db/queries/timeline";
import { readerParams, visibleSql, type Reader } from "../../db/visibility";
import { BENCH_USER_EMAIL, generateWorkspace } from "./synthetic-workspace";

/**
 * The team check must stay an index lookup per case: a scan of a team table on every case
 * a list, count or search looks at would grow with the workspace. Each statement a read
 * runs is captured with its parameters and its query plan read back.
 */
const TEAM_TABLES = /^SCAN (case_team_members|case_team_groups|user_group_members|vis_tm|vis_tg|vis_gm)\b/;

type Captured = { source: string; params: unknown[] };

function capturing(db: ReturnType<typeof openDatabase>, run: () => void): Captured[] {
  const captured: Captured[] = [];
  const sqlite = db.$client;
  const prepare = sqlite.prepare;
  sqlite.prepare = ((source: string) => {
    const statement = prepare.call(sqlite, source);
    for (const method of ["get", "all", "iterate", "run"] as const) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        captured.push({ source, params: args });
        return original.apply(statement, args);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return captured;
}

function plan(db: ReturnType<typeof openDatabase>, { source, params }: Captured): string[] {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe("query plans over a workspace with restricted cases", () => {
  const db = openDatabase(":memory:");
  let reader: Reader;

  beforeAll(async () => {
    runMigrations(db);
    await generateWorkspace(db, { cases: 300, sources: 1500, asks: 600, outcomes: 200, users: 20 }, 3);
    const user = db.$client.prepare("SELECT id FROM users WHERE email = ?").get(BENCH_USER_EMAIL) as { id: number };
    reader = { userId: user.id, seesConfidential: true };
  });

  it("restricts a tenth of the cases, case 1 with the bench user on its team, and keeps it off most teams", () => {
    const { restricted, onTeam, caseOne } = db.$client
      .prepare(
        `SELECT count(*) AS restricted,
         sum(EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = c.id AND m.user_id = @user)
           OR EXISTS (SELECT 1 FROM case_team_groups g JOIN user_group_members gm ON gm.group_id = g.group_id AND gm.user_id = @user WHERE g.case_id = c.id)) AS onTeam,
         (SELECT restricted FROM cases WHERE id = 1) AS caseOne
       FROM cases c WHERE c.restricted = 1`,
      )
      .get({ user: reader.userId }) as { restricted: number; onTeam: number; caseOne: number };
    expect(restricted).toBeGreaterThan(15);
    expect(restricted).toBeLessThan(50);
    expect(caseOne).toBe(1);
    expect(onTeam).toBeGreaterThan(1);
    expect(onTeam).toBeLessThan(restricted / 2);
    const sizes = db.$client.prepare("SELECT count(*) AS n FROM case_team_members GROUP BY case_id").all() as { n: number }[];
    expect(sizes.every(({ n }) => n >= 2 && n <= 5)).toBe(true);
    expect((db.$client.prepare("SELECT count(*) AS n FROM case_team_groups").get() as { n: number }).n).toBeGreaterThan(0);
  });

  it("looks the team tables up by index for the case list, counts, case page reads and search", () => {
    const caseRule = visibleSql("case", "c");
    const captured = capturing(db, () => {
      // The case list, its total and a case by id, under the case rule as the pages apply it.
      const p = readerParams(reader);
      db.$client
        .prepare(`SELECT c.id FROM cases c WHERE c.archived_at IS NULL AND ${caseRule} ORDER BY c.updated_at DESC, c.id DESC LIMIT 25`)
        .all(p);
      db.$client.prepare(`SELECT count(*) AS n FROM cases c WHERE c.archived_at IS NULL AND ${caseRule}`).get(p);
      db.$client.prepare(`SELECT c.id FROM cases c WHERE c.id = @id AND ${caseRule}`).get({ ...p, id: 1 });
      countCaseRecord(db, reader, 1);
      listStatusHistory(db, reader, 1);
      listCaseSources(db, reader, 1, { limit: 10 });
      listAsksForCase(db, reader, 1, { limit: 10 });
      loadTimelineFacts(db, reader, 1);
      searchRecords(db, reader, "prison court");
      searchRecords(db, reader, "Paul Sentsov");
    });
    const withTeams = captured.filter((c) => /case_team_members/.test(c.source));
    expect(withTeams.length).toBeGreaterThan(10);
    const scans = withTeams.flatMap((c) =>
      plan(db, c)
        .filter((d) => TEAM_TABLES.test(d))
        .map((d) => `${d} in ${c.source.slice(0, 80)}`),
    );
    expect(scans).toEqual([]);
    // Every team lookup is a search by key.
    const lookups = withTeams.flatMap((c) => plan(db, c)).filter((d) => /vis_(tm|tg|gm)\b/.test(d));
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.every((d) => /^SEARCH .* USING (COVERING INDEX|INDEX|PRIMARY KEY)/.test(d))).toBe(true);
  });
});
