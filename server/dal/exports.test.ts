import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, cases, people } from "@/db/schema";
import { insertAsk } from "@/db/queries/asks";
import { insertOfficial, setupDb } from "@/db/queries/test-fixtures";
import { PermissionError, type Actor } from "@/domain/permissions";
import { parseCaseListQuery } from "@/domain/schemas/case-list";
import * as dal from "./exports";
import { importCases } from "./cases";
import { autoMapColumns, BOM, parseCsv } from "@/domain/schemas/case-csv";
import { asksToCsv } from "@/domain/schemas/ask-csv";
import { listAsksForExport } from "@/db/queries/exports";
import { readCsvStream } from "@/server/csv-stream";

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
      text: "=HYPERLINK(\"http://x\")",
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

  it("stream the same file the whole-file writer makes, a chunk at a time", async () => {
    const file = dal.exportAskList(campaigner, { caseId: ctx.kase.id });
    const whole = asksToCsv(listAsksForExport(ctx.db, { userId: campaigner.id, seesConfidential: true }, { caseId: ctx.kase.id }));
    expect(await readCsvStream(file.body)).toBe(whole);
    expect(whole.startsWith(BOM)).toBe(true);
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
