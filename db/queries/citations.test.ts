import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, caseStatusChanges, cases, citations, sources } from "../schema";
import { insertAsk } from "./asks";
import { recordStatusChange } from "./case-writes";
import { testCase } from "../test/fixtures";
import { archiveCase } from "./case-archive";
import { caseCitedSources, setCitations } from "./citations";
import { unlinkSourceFromCase } from "./sources";
import { loadBriefData } from "./brief";
import { insertLinkedSource, insertOfficial, setupDb, SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { DomainRuleError, NotFoundError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";

type TestDb = ReturnType<typeof setupDb>["db"];

function citedFor(db: TestDb, claim: "arrest" | "ask" | "status_change", subjectId: number): number[] {
  return db
    .select({ sourceId: citations.sourceId })
    .from(citations)
    .where(and(eq(citations.claim, claim), eq(citations.subjectId, subjectId)))
    .all()
    .map((r) => r.sourceId)
    .sort((a, b) => a - b);
}

function auditOf(db: TestDb, action: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.action, action)).all();
}

function otherCase(db: TestDb, actorId: number) {
  return testCase(db, actorId, "Other Person", { title: "Other case", country: "Iran" });
}

describe("citing sources for a claim", () => {
  it("links and unlinks the chosen sources, auditing each, and saving the same set again changes nothing", () => {
    const { db, campaigner, kase } = setupDb();
    const a = insertLinkedSource(db, kase.id, campaigner.id, "Report A");
    const b = insertLinkedSource(db, kase.id, campaigner.id, "Report B");
    expect(setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [a.id, b.id])).toEqual({
      added: [a.id, b.id],
      removed: [],
    });
    expect(citedFor(db, "arrest", kase.id)).toEqual([a.id, b.id]);
    expect(setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [b.id, b.id])).toEqual({
      added: [],
      removed: [a.id],
    });
    expect(citedFor(db, "arrest", kase.id)).toEqual([b.id]);
    expect(auditOf(db, "cite").map((e) => [e.entityId, e.actorId, JSON.parse(e.details)])).toEqual([
      [a.id, campaigner.id, { claim: "arrest", subjectId: kase.id }],
      [b.id, campaigner.id, { claim: "arrest", subjectId: kase.id }],
    ]);
    expect(auditOf(db, "uncite").map((e) => e.entityId)).toEqual([a.id]);
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [b.id]);
    expect(auditOf(db, "cite")).toHaveLength(2);
    expect(auditOf(db, "uncite")).toHaveLength(1);
  });

  it("refuses a source not linked to the case, with a field error, and saves nothing", () => {
    const { db, campaigner, kase } = setupDb();
    const other = otherCase(db, campaigner.id);
    const linked = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    const elsewhere = insertLinkedSource(db, other.id, campaigner.id, "Elsewhere");
    const attempt = () => setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "charges", kase.id, [linked.id, elsewhere.id]);
    expect(attempt).toThrow(FieldRuleError);
    expect(attempt).toThrow("Choose sources that are linked to this case.");
    expect(db.select().from(citations).all()).toEqual([]);
    expect(() => setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "charges", kase.id, [999_999])).toThrow(FieldRuleError);
  });

  it("refuses a subject of another case, a fact claimed of another case, and a missing record", () => {
    const { db, campaigner, kase } = setupDb();
    const other = otherCase(db, campaigner.id);
    const source = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    recordStatusChange(db, campaigner.id, other.id, "sentenced", "");
    const otherMove = db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, other.id)).all().at(-1);
    if (!otherMove) throw new Error("no move");
    const cite = (claim: Parameters<typeof setCitations>[4], subjectId: number) =>
      setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, claim, subjectId, [source.id]);
    expect(() => cite("status_change", otherMove.id)).toThrow(NotFoundError);
    expect(() => cite("arrest", other.id)).toThrow(NotFoundError);
    expect(() => cite("ask", 123_456)).toThrow(NotFoundError);
    expect(() => cite("ask_move", 123_456)).toThrow(NotFoundError);
    expect(() => cite("outcome", 123_456)).toThrow(NotFoundError);
    expect(db.select().from(citations).all()).toEqual([]);
  });

  it("never writes through a source hidden from the reader, and leaves its citations alone", () => {
    const { db, campaigner, kase } = setupDb();
    const open = insertLinkedSource(db, kase.id, campaigner.id, "Open");
    const secret = insertLinkedSource(db, kase.id, campaigner.id, "Secret", true);
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [open.id, secret.id]);
    expect(() => setCitations(db, SEES_PUBLIC, campaigner.id, kase.id, "arrest", kase.id, [secret.id])).toThrow(FieldRuleError);
    // Choosing no visible source keeps the hidden one's citation.
    expect(setCitations(db, SEES_PUBLIC, campaigner.id, kase.id, "arrest", kase.id, [])).toEqual({ added: [], removed: [open.id] });
    expect(citedFor(db, "arrest", kase.id)).toEqual([secret.id]);
    // The audit event of citing the confidential source is itself confidential.
    const secretCite = auditOf(db, "cite").find((e) => e.entityId === secret.id);
    expect(secretCite?.confidential).toBe(true);
  });

  it("refuses writes to an archived case", () => {
    const { db, campaigner, kase } = setupDb();
    const source = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    archiveCase(db, campaigner.id, kase.id);
    expect(() => setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [source.id])).toThrow(DomainRuleError);
  });

  it("cites an ask of the case and its move; a confidential ask is not citable by a reader who may not see it", () => {
    const { db, campaigner, kase } = setupDb();
    const source = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, {
      official: { kind: "existing", id: official.id },
      text: "Raise the case",
      channel: "meeting",
      madeOn: "2024-03-01",
      ownerId: campaigner.id,
      followUpOn: null,
      status: "made",
      confidential: true,
    });
    expect(() => setCitations(db, SEES_PUBLIC, campaigner.id, kase.id, "ask", ask.id, [source.id])).toThrow(NotFoundError);
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "ask", ask.id, [source.id]);
    expect(citedFor(db, "ask", ask.id)).toEqual([source.id]);
    expect(auditOf(db, "cite").at(0)?.confidential).toBe(true);
    // The citation of a hidden ask is hidden with it.
    expect(caseCitedSources(db, SEES_PUBLIC, kase.id).size).toBe(0);
    expect(
      caseCitedSources(db, SEES_CONFIDENTIAL, kase.id)
        .get(`ask:${ask.id}`)
        ?.map((s) => s.id),
    ).toEqual([source.id]);
  });

  it("removes a source's citations of the case when it is unlinked from the case, and says how many", () => {
    const { db, campaigner, kase } = setupDb();
    const source = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [source.id]);
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "charges", kase.id, [source.id]);
    unlinkSourceFromCase(db, campaigner.id, kase.id, source.id);
    expect(db.select().from(citations).all()).toEqual([]);
    expect(JSON.parse(auditOf(db, "unlink").at(0)?.details ?? "{}")).toMatchObject({ citationsRemoved: 2 });
    expect(db.select().from(sources).where(eq(sources.id, source.id)).get()).toBeDefined();
  });
});

describe("citations in the brief's input", () => {
  it("reads the citations whose source and subject the reader may see, and nothing of a hidden source", () => {
    const { db, campaigner, kase } = setupDb();
    const open = insertLinkedSource(db, kase.id, campaigner.id, "Open");
    const secret = insertLinkedSource(db, kase.id, campaigner.id, "Secret", true);
    db.update(cases).set({ arrestDate: "2020-08-28" }).where(eq(cases.id, kase.id)).run();
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "arrest", kase.id, [open.id, secret.id]);
    const opening = db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, kase.id)).get();
    if (!opening) throw new Error("no opening status");
    setCitations(db, SEES_CONFIDENTIAL, campaigner.id, kase.id, "status_change", opening.id, [secret.id]);

    const full = loadBriefData(db, SEES_CONFIDENTIAL, kase.id);
    expect(full?.statusChanges.map((s) => s.id)).toEqual([opening.id]);
    expect(full?.citations).toEqual([
      { claim: "arrest", subjectId: kase.id, sourceId: open.id },
      { claim: "arrest", subjectId: kase.id, sourceId: secret.id },
      { claim: "status_change", subjectId: opening.id, sourceId: secret.id },
    ]);
    const shared = loadBriefData(db, SEES_PUBLIC, kase.id);
    expect(shared?.citations).toEqual([{ claim: "arrest", subjectId: kase.id, sourceId: open.id }]);
    expect(shared?.sources.map((s) => s.id)).toEqual([open.id]);
  });
});
