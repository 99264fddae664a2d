import { beforeEach, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { asks, auditEvents, cases, people } from "@/db/schema";
import { insertAsk } from "@/db/queries/asks";
import { insertOfficial, setupDb } from "@/db/queries/test-fixtures";
import { PermissionError, type Actor } from "@/domain/permissions";
import { parseCaseListQuery } from "@/domain/schemas/case-list";
import * as dal from "./exports";
import { importCases } from "./cases";
import { autoMapColumns, BOM, parseCsv } from "@/domain/schemas/case-csv";
import { CSV_CHUNK_ROWS, readCsvStream } from "@/server/csv-stream";

// The data layer reads the process-wide connection; point it at a fresh database per test.
const globalForDb = globalThis as unknown as { vigilDb?: unknown };

let ctx: ReturnType<typeof setupDb>;
let campaigner: Actor;
let viewer: Actor;

beforeEach(() => {
  ctx = setupDb();
  globalForDb.vigilDb = ctx.db;
  campaigner = { id: ctx.campaigner.id, name: ctx.campaigner.name, email: ctx.campaigner.email, role: "campaigner" };
  viewer = { id: ctx.viewer.id, name: ctx.viewer.name, email: ctx.viewer.email, role: "viewer" };
  const secret = insertOfficial(ctx.db, campaigner.id, "Secret Source Person", "Deputy minister");
  ctx.db.update(people).set({ confidential: true }).where(eq(people.id, secret.id)).run();
  const open = insertOfficial(ctx.db, campaigner.id, "Open Official", "Ambassador");
  for (const o of [secret, open]) {
    insertAsk(ctx.db, campaigner.id, ctx.kase.id, {
      official: { kind: "existing", id: o.id },
      text: '=HYPERLINK("http://x")',
      channel: "call",
      madeOn: "2024-01-01",
      ownerId: campaigner.id,
      followUpOn: null,
      status: "made",
    });
  }
});

describe("CSV exports", () => {
  it("leave asks to confidential officials out of a viewer's asks export, but not out of a campaigner's", async () => {
    const forViewer = dal.exportAskList(viewer, { caseId: ctx.kase.id });
    expect(forViewer.rows).toBe(1);
    const text = await readCsvStream(forViewer.body);
    expect(text).not.toContain("Secret Source Person");
    expect(text).not.toContain("Deputy minister");
    expect(text).toContain("Open Official");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(await readCsvStream(dal.exportAskList(campaigner).body)).toContain("Secret Source Person");
  });

  it("write the BOM, the header row and every ask of the case as CRLF lines", async () => {
    const file = dal.exportAskList(campaigner, { caseId: ctx.kase.id });
    const logged = ctx.db
      .select({ createdAt: asks.createdAt })
      .from(asks)
      .orderBy(desc(asks.id))
      .all()
      .map((a) => a.createdAt);
    expect(await readCsvStream(file.body)).toBe(
      BOM +
        [
          "Case,Case slug,Official,Office at the time,Ask,Channel,Made on,Follow up on,Owner,Status,Logged",
          `Test Person,test-person,Open Official,Ambassador,"'=HYPERLINK(""http://x"")",call,2024-01-01,,Carla,made,${logged[0]}`,
          `Test Person,test-person,Secret Source Person,Deputy minister,"'=HYPERLINK(""http://x"")",call,2024-01-01,,Carla,made,${logged[1]}`,
        ].join("\r\n") +
        "\r\n",
    );
  });

  it("stream an export longer than one chunk whole, in order, each ask once", async () => {
    const official = insertOfficial(ctx.db, campaigner.id, "Busy Official", "Minister");
    for (let n = 0; n < CSV_CHUNK_ROWS + 1; n++) {
      insertAsk(ctx.db, campaigner.id, ctx.kase.id, {
        official: { kind: "existing", id: official.id },
        text: `Ask ${n}`,
        channel: "call",
        madeOn: "2024-01-01",
        ownerId: campaigner.id,
        followUpOn: null,
        status: "made",
      });
    }
    const file = dal.exportAskList(campaigner, { caseId: ctx.kase.id });
    expect(file.rows).toBe(CSV_CHUNK_ROWS + 3);
    const lines = (await readCsvStream(file.body)).split("\r\n");
    const askTexts = lines.slice(1, CSV_CHUNK_ROWS + 2).map((line) => line.split(",")[4]);
    expect(askTexts).toEqual(Array.from({ length: CSV_CHUNK_ROWS + 1 }, (_, n) => `Ask ${CSV_CHUNK_ROWS - n}`));
    expect(lines).toHaveLength(CSV_CHUNK_ROWS + 5);
    expect(lines.at(-1)).toBe("");
  });

  it("are recorded in the audit trail with the filters and the row count", () => {
    const file = dal.exportCaseList(viewer, parseCaseListQuery({ country: "rwanda", status: "detained" }));
    expect(file.rows).toBe(1);
    dal.exportAskList(viewer, { caseId: ctx.kase.id });
    const events = ctx.db.select().from(auditEvents).where(eq(auditEvents.action, "export")).all();
    expect(events.map((e) => [e.entityType, e.actorId, JSON.parse(e.details)])).toEqual([
      ["case_list", viewer.id, { filters: { status: "detained", country: "rwanda", sort: "updated_desc" }, rows: 1 }],
      ["ask_list", viewer.id, { filters: { caseId: ctx.kase.id }, rows: 1, confidentialHidden: true }],
    ]);
  });

  it("refuse a signed-out caller", () => {
    expect(() => dal.exportCaseList(null, parseCaseListQuery({}))).toThrow(PermissionError);
    expect(() => dal.exportAskList(null)).toThrow(PermissionError);
  });

  it("leave archived cases out", () => {
    ctx.db.update(cases).set({ archivedAt: "2024-01-01T00:00:00Z" }).run();
    expect(dal.exportCaseList(campaigner, parseCaseListQuery({})).rows).toBe(0);
  });
});

describe("case import authorisation", () => {
  it("refuses a viewer and writes nothing", () => {
    const parsed = parseCsv("Name,Title,Country,Status,Priority\nA,T,X,detained,high");
    if (!parsed.ok) throw new Error(parsed.error);
    const before = ctx.db.select().from(cases).all().length;
    expect(() => importCases(viewer, parsed.value, autoMapColumns(parsed.value.headers), "x.csv")).toThrow(PermissionError);
    expect(ctx.db.select().from(cases).all()).toHaveLength(before);
  });
});
