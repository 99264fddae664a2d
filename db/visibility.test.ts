import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, caseNotes, people } from "./schema";
import { insertAsk, recordAskStatusChange } from "./queries/asks";
import { insertOutcome } from "./queries/outcomes";
import { recordStatusChange } from "./queries/case-writes";
import { listCaseAuditEvents } from "./queries/audit";
import { addSourceToCase, updateSource } from "./queries/sources";
import { insertOfficial, SEES_CONFIDENTIAL, SEES_PUBLIC, setupDb } from "./queries/test-fixtures";
import { isConfidentialRecord, readerFor, visibleSql, type RecordKind } from "./visibility";

function visibleIds(db: ReturnType<typeof setupDb>["db"], kind: RecordKind, table: string, seeConfidential: 0 | 1): number[] {
  return (
    db.$client
      .prepare(`SELECT t.id FROM ${table} t WHERE ${visibleSql(kind, "t")} ORDER BY t.id`)
      .all({ seeConfidential, readerId: 0, everyTeam: 0 }) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

function workspace() {
  const ctx = setupDb();
  const { db, campaigner, kase } = ctx;
  const open = insertOfficial(db, campaigner.id, "Open Official", "Minister");
  const secret = insertOfficial(db, campaigner.id, "Secret Official", "Envoy");
  db.update(people).set({ confidential: true }).where(eq(people.id, secret.id)).run();
  const ask = (officialId: number, confidential: boolean) =>
    insertAsk(db, campaigner.id, kase.id, {
      official: { kind: "existing", id: officialId },
      text: "Raise the case",
      channel: "call",
      madeOn: "2024-01-01",
      ownerId: campaigner.id,
      followUpOn: null,
      status: "made",
      confidential,
    });
  const asks = { public: ask(open.id, false), confidential: ask(open.id, true), toSecretOfficial: ask(secret.id, false) };
  const outcome = (askId: number | null, confidential: boolean) =>
    insertOutcome(db, campaigner.id, kase.id, {
      type: "other",
      occurredOn: "2024-01-02",
      description: "x",
      askId,
      sourceIds: [],
      moveCaseToReleased: false,
      confidential,
    });
  const outcomes = {
    public: outcome(null, false),
    confidential: outcome(null, true),
    ofConfidentialAsk: outcome(asks.confidential.id, false),
    ofAskToSecretOfficial: outcome(asks.toSecretOfficial.id, false),
    ofPublicAsk: outcome(asks.public.id, false),
  };
  return { ...ctx, open, secret, asks, outcomes };
}

describe("the visibility policy", () => {
  it("hides confidential asks, asks to confidential people, and outcomes of hidden asks from readers who may not see confidential items", () => {
    const { db, asks, outcomes, open, secret } = workspace();
    expect(visibleIds(db, "ask", "asks", 0)).toEqual([asks.public.id]);
    expect(visibleIds(db, "ask", "asks", 1)).toEqual([asks.public.id, asks.confidential.id, asks.toSecretOfficial.id]);
    expect(visibleIds(db, "outcome", "outcomes", 0)).toEqual([outcomes.public.id, outcomes.ofPublicAsk.id]);
    expect(visibleIds(db, "outcome", "outcomes", 1)).toHaveLength(5);
    expect(visibleIds(db, "person", "people", 0)).toEqual([open.id]);
    expect(visibleIds(db, "person", "people", 1)).toEqual([open.id, secret.id]);
  });

  it("says which records are confidential, as the audit trail marks them", () => {
    const { db, asks, outcomes, secret, open } = workspace();
    expect(isConfidentialRecord(db, "ask", asks.public.id)).toBe(false);
    expect(isConfidentialRecord(db, "ask", asks.toSecretOfficial.id)).toBe(true);
    expect(isConfidentialRecord(db, "outcome", outcomes.ofAskToSecretOfficial.id)).toBe(true);
    expect(isConfidentialRecord(db, "person", secret.id)).toBe(true);
    expect(isConfidentialRecord(db, "person", open.id)).toBe(false);
    const marked = (entityType: string, id: number) =>
      db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityType, entityType))
        .all()
        .find((e) => e.entityId === id)?.confidential;
    expect(marked("ask", asks.confidential.id)).toBe(true);
    expect(marked("ask", asks.public.id)).toBe(false);
    expect(marked("outcome", outcomes.ofConfidentialAsk.id)).toBe(true);
  });

  it("gives readers the actor's view, narrowed for the version without confidential items", () => {
    const campaigner = { id: 1, name: "C", email: "c@example.org", role: "campaigner" as const };
    expect(readerFor(campaigner).seesConfidential).toBe(true);
    expect(readerFor(campaigner, { withoutConfidential: true }).seesConfidential).toBe(false);
    expect(readerFor({ ...campaigner, role: "viewer" }).seesConfidential).toBe(false);
    expect(readerFor({ ...campaigner, role: "admin" }).seesConfidential).toBe(true);
  });
});

describe("a case's history as the policy lets each reader see it", () => {
  it("leaves out events about hidden records and events that carried confidential values", () => {
    const { db, campaigner, kase, asks } = workspace();
    const { source } = addSourceToCase(db, campaigner.id, kase.id, {
      title: "Open report",
      outlet: "",
      url: "",
      publishedOn: null,
      type: "news_report",
      excerpt: "",
      notes: "",
      confidential: false,
    });
    // Made confidential later: its earlier events go out of a viewer's sight too.
    updateSource(db, campaigner.id, source.id, {
      title: "Family letter",
      outlet: "",
      url: "",
      publishedOn: null,
      type: "other",
      excerpt: "",
      notes: "",
      confidential: true,
      version: source.version,
    });
    recordStatusChange(db, campaigner.id, kase.id, "sentenced", { text: "Verdict told to the family in private", confidential: true });
    recordStatusChange(db, campaigner.id, kase.id, "on_trial", "Appeal accepted");
    recordAskStatusChange(db, campaigner.id, asks.public.id, "acknowledged", { text: "Said so off the record", confidential: true });
    db.insert(caseNotes).values({ caseId: kase.id, body: "note", confidential: true, createdBy: campaigner.id }).run();

    const forViewer = JSON.stringify(listCaseAuditEvents(db, SEES_PUBLIC, kase.id, 500).events);
    const forCampaigner = JSON.stringify(listCaseAuditEvents(db, SEES_CONFIDENTIAL, kase.id, 500).events);
    for (const secret of ["Family letter", "Open report", "Verdict told to the family", "off the record"]) {
      expect(forViewer).not.toContain(secret);
      expect(forCampaigner).toContain(secret);
    }
    expect(forViewer).toContain("Appeal accepted");
    const viewerEvents = listCaseAuditEvents(db, SEES_PUBLIC, kase.id, 500);
    expect(viewerEvents.total).toBe(viewerEvents.events.length);
    expect(viewerEvents.events.some((e) => e.entityType === "ask" && e.entityId === asks.toSecretOfficial.id)).toBe(false);
    expect(viewerEvents.events.some((e) => e.entityType === "ask" && e.entityId === asks.public.id && e.action === "create")).toBe(true);
  });
});
