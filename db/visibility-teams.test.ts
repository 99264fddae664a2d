import { describe, expect, it } from "vitest";
import { auditEvents, caseNotes, caseSources, citations, people, userGroupMembers, userGroups, caseTeamGroups } from "./schema";
import { insertAsk, recordAskStatusChange } from "./queries/asks";
import { insertOutcome } from "./queries/outcomes";
import { insertCase, recordStatusChange } from "./queries/case-writes";
import { insertUser } from "./queries/users";
import { insertLinkedSource, insertOfficial, restrictCaseTo, setupDb } from "./queries/test-fixtures";
import { auditEventVisibleSql, isConfidentialRecord, readerParams, visibleSql, type Reader, type RecordKind } from "./visibility";

type Ctx = ReturnType<typeof setupDb>;

function visibleIds(db: Ctx["db"], kind: RecordKind, table: string, reader: Reader, id = "id"): number[] {
  return (
    db.$client.prepare(`SELECT t.${id} AS id FROM ${table} t WHERE ${visibleSql(kind, "t")} ORDER BY 1`).all(readerParams(reader)) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** A restricted case holding a record of every kind, beside the fixture's open case. */
function workspace() {
  const ctx = setupDb();
  const { db, campaigner, kase: open } = ctx;
  const outsider = insertUser(db, null, { email: "o@example.org", name: "Otto", role: "campaigner", passwordHash: "x" });
  const admin = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  const hidden = insertCase(db, campaigner.id, {
    personName: "Hidden Person",
    title: "In hiding",
    country: "Iran",
    summary: "",
    tags: [],
    priority: "high",
    status: "at_risk",
    arrestDate: null,
    arrestPlace: "",
    placeHeld: "",
    charges: "",
    sentence: "",
    sentenceDate: null,
  });
  restrictCaseTo(db, hidden.id, [campaigner.id], campaigner.id);
  recordStatusChange(db, campaigner.id, hidden.id, "detained", { text: "Taken", confidential: false });
  const official = insertOfficial(db, campaigner.id, "Open Official", "Minister");
  const ask = insertAsk(db, campaigner.id, hidden.id, {
    official: { kind: "existing", id: official.id },
    text: "Raise it quietly",
    channel: "call",
    madeOn: "2024-01-01",
    ownerId: campaigner.id,
    followUpOn: null,
    status: "made",
    confidential: false,
  });
  recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", { text: "", confidential: false });
  const outcome = insertOutcome(db, campaigner.id, hidden.id, {
    type: "other",
    occurredOn: "2024-01-02",
    description: "x",
    askId: ask.id,
    sourceIds: [],
    moveCaseToReleased: false,
    confidential: false,
  });
  const onlyHidden = insertLinkedSource(db, hidden.id, campaigner.id, "Only on the hidden case");
  const shared = insertLinkedSource(db, open.id, campaigner.id, "On both cases");
  db.insert(caseSources).values({ caseId: hidden.id, sourceId: shared.id, linkedBy: campaigner.id }).run();
  db.insert(citations)
    .values({ caseId: hidden.id, claim: "summary", subjectId: hidden.id, sourceId: shared.id, linkedBy: campaigner.id })
    .run();
  db.insert(caseNotes).values({ caseId: hidden.id, body: "Where she stays", createdBy: campaigner.id }).run();
  const contact = db
    .insert(people)
    .values({ kind: "contact", name: "Her brother", caseId: hidden.id, createdBy: campaigner.id })
    .returning()
    .get();
  const reader = (userId: number, seesConfidential = true): Reader => ({ userId, seesConfidential });
  return { ...ctx, open, hidden, outsider, admin, official, ask, outcome, onlyHidden, shared, contact, reader };
}

describe("need-to-know: a restricted case and everything of it", () => {
  it("are visible to its team and to nobody else, admins included", () => {
    const w = workspace();
    const member = w.reader(w.campaigner.id);
    for (const outsider of [w.reader(w.outsider.id), w.reader(w.admin.id), w.reader(w.viewer.id, false)]) {
      expect(visibleIds(w.db, "case", "cases", outsider)).toEqual([w.open.id]);
      expect(visibleIds(w.db, "ask", "asks", outsider)).toEqual([]);
      expect(visibleIds(w.db, "outcome", "outcomes", outsider)).toEqual([]);
      expect(visibleIds(w.db, "note", "case_notes", outsider)).toEqual([]);
      expect(visibleIds(w.db, "citation", "citations", outsider)).toEqual([]);
      expect(visibleIds(w.db, "status_change", "case_status_changes", outsider, "case_id")).toEqual([w.open.id]);
      expect(visibleIds(w.db, "case_link", "case_sources", outsider, "case_id")).toEqual([w.open.id]);
      expect(visibleIds(w.db, "person", "people", outsider)).toEqual([w.official.id]);
      // The shared source stays visible through the open case; the hidden case's own source does not.
      expect(visibleIds(w.db, "source", "sources", outsider)).toEqual([w.shared.id]);
    }
    expect(visibleIds(w.db, "case", "cases", member)).toEqual([w.open.id, w.hidden.id]);
    expect(visibleIds(w.db, "ask", "asks", member)).toEqual([w.ask.id]);
    expect(visibleIds(w.db, "outcome", "outcomes", member)).toEqual([w.outcome.id]);
    expect(visibleIds(w.db, "source", "sources", member)).toEqual([w.onlyHidden.id, w.shared.id]);
    expect(visibleIds(w.db, "person", "people", member)).toEqual([w.official.id, w.contact.id]);
    expect(visibleIds(w.db, "citation", "citations", member)).toHaveLength(1);
  });

  it("are visible to the members of a group on its team, and to them only while they are in it", () => {
    const w = workspace();
    const group = w.db.insert(userGroups).values({ name: "Iran team", createdBy: w.admin.id }).returning().get();
    w.db.insert(caseTeamGroups).values({ caseId: w.hidden.id, groupId: group.id, addedBy: w.admin.id }).run();
    expect(visibleIds(w.db, "case", "cases", w.reader(w.outsider.id))).toEqual([w.open.id]);
    w.db.insert(userGroupMembers).values({ groupId: group.id, userId: w.outsider.id }).run();
    expect(visibleIds(w.db, "case", "cases", w.reader(w.outsider.id))).toEqual([w.open.id, w.hidden.id]);
    expect(visibleIds(w.db, "ask", "asks", w.reader(w.outsider.id))).toEqual([w.ask.id]);
  });

  it("keep their history from everyone outside the team", () => {
    const w = workspace();
    const hiddenEvents = w.db
      .select()
      .from(auditEvents)
      .all()
      .filter((e) => e.caseId === w.hidden.id);
    expect(hiddenEvents.length).toBeGreaterThan(0);
    const visibleEventCases = (r: Reader) =>
      new Set(
        (
          w.db.$client.prepare(`SELECT t.case_id AS id FROM audit_events t WHERE ${auditEventVisibleSql("t")}`).all(readerParams(r)) as {
            id: number | null;
          }[]
        ).map((e) => e.id),
      );
    expect(visibleEventCases(w.reader(w.admin.id)).has(w.hidden.id)).toBe(false);
    expect(visibleEventCases(w.reader(w.campaigner.id)).has(w.hidden.id)).toBe(true);
  });

  it("are not confidential for being restricted: a team member who is a viewer still reads them", () => {
    const w = workspace();
    expect(isConfidentialRecord(w.db, "ask", w.ask.id)).toBe(false);
    expect(isConfidentialRecord(w.db, "source", w.onlyHidden.id)).toBe(false);
    restrictCaseTo(w.db, w.hidden.id, [w.viewer.id], w.campaigner.id);
    expect(visibleIds(w.db, "ask", "asks", w.reader(w.viewer.id, false))).toEqual([w.ask.id]);
  });
});
