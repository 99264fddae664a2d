import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, cases, sources } from "../schema";
import { countCasesByStatus, findCaseById, listCaseFilterOptions, listCases } from "./cases";
import { insertCase, recordStatusChange, updateCase } from "./case-writes";
import { findCasesNamed } from "./case-duplicates";
import { addSourceToCase, linkSourceToCase, updateSource } from "./sources";
import { listSources } from "./source-lists";
import { insertAsk } from "./asks";
import { searchRecords } from "./search";
import { archiveCase, deleteArchivedCase } from "./case-archive";
import { listAuditEvents } from "./audit";
import { insertUser } from "./users";
import { restrictCaseTo, setupDb } from "./test-fixtures";
import type { Reader } from "../visibility";

const hiddenFacts = {
  personName: "Shirin Hiddenname",
  title: "In hiding",
  country: "Uzbekistan",
  summary: "",
  tags: ["safehouse"],
  priority: "high" as const,
  status: "at_risk" as const,
  arrestDate: null,
  arrestPlace: "",
  placeHeld: "",
  charges: "",
  sentence: "",
  sentenceDate: null,
};

/** A restricted case its creator is on the team of, and a campaigner and an admin who are not. */
function workspace() {
  const ctx = setupDb();
  const { db, campaigner } = ctx;
  const outsider = insertUser(db, null, { email: "o@example.org", name: "Otto", role: "campaigner", passwordHash: "x" });
  const admin = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  const hidden = insertCase(db, campaigner.id, hiddenFacts);
  restrictCaseTo(db, hidden.id, [campaigner.id], campaigner.id);
  const source = addSourceToCase(db, campaigner.id, hidden.id, {
    title: "Report on the safehouse",
    outlet: "",
    url: "https://news.example.org/safehouse",
    publishedOn: null,
    type: "news_report",
    excerpt: "",
    notes: "",
    confidential: false,
  }).source;
  const as = (userId: number): Reader => ({ userId, seesConfidential: true });
  return { ...ctx, outsider, admin, hidden, source, member: as(campaigner.id), notOnTeam: [as(outsider.id), as(admin.id)], as };
}

describe("a restricted case, to someone not on its team", () => {
  it("does not exist in any read: by id, in lists, counts, filter choices, search, duplicate warnings, sources", () => {
    const w = workspace();
    for (const reader of w.notOnTeam) {
      expect(findCaseById(w.db, reader, w.hidden.id)).toBeNull();
      expect(listCases(w.db, reader).rows.map((r) => r.id)).toEqual([w.kase.id]);
      expect(listCases(w.db, reader).total).toBe(1);
      expect(countCasesByStatus(w.db, reader)).toEqual({ detained: 1 });
      const options = listCaseFilterOptions(w.db, reader);
      expect(options.countries).not.toContain("Uzbekistan");
      expect(options.tags).not.toContain("safehouse");
      const found = searchRecords(w.db, reader, "Hiddenname safehouse");
      expect(Object.values(found).flat()).toEqual([]);
      expect(findCasesNamed(w.db, reader, { personName: "Shirin Hiddenname", nativeName: "", aliases: [] })).toEqual([]);
      expect(listSources(w.db, reader).map((s) => s.id)).not.toContain(w.source.id);
      expect(listAuditEvents(w.db, reader).rows.filter((e) => e.caseId === w.hidden.id)).toEqual([]);
    }
    // The same reads as the team member, after the cached counts of the others.
    expect(findCaseById(w.db, w.member, w.hidden.id)?.personName).toBe("Shirin Hiddenname");
    expect(listCases(w.db, w.member).total).toBe(2);
    expect(countCasesByStatus(w.db, w.member)).toEqual({ detained: 1, at_risk: 1 });
    expect(listCaseFilterOptions(w.db, w.member).tags).toContain("safehouse");
    expect(searchRecords(w.db, w.member, "Hiddenname").case.map((h) => h.id)).toEqual([w.hidden.id]);
  });

  it("refuses every write as if the case did not exist, and changes nothing", () => {
    const w = workspace();
    const before = w.db.select().from(cases).where(eq(cases.id, w.hidden.id)).get();
    const refusals = [
      () => recordStatusChange(w.db, w.outsider.id, w.hidden.id, "detained", { text: "", confidential: false }),
      () => updateCase(w.db, w.outsider.id, w.hidden.id, { ...hiddenFacts, personName: "Renamed", version: before?.version ?? 1 }),
      () =>
        insertAsk(w.db, w.outsider.id, w.hidden.id, {
          official: { kind: "new", name: "Someone", office: "" },
          text: "x",
          channel: "call",
          madeOn: null,
          ownerId: w.outsider.id,
          followUpOn: null,
          status: "planned",
          confidential: false,
        }),
      () => linkSourceToCase(w.db, w.outsider.id, w.kase.id, w.source.id),
      () =>
        updateSource(w.db, w.outsider.id, w.source.id, { ...w.source, type: "news_report", title: "Renamed", version: w.source.version }),
      () => archiveCase(w.db, w.admin.id, w.hidden.id),
    ];
    for (const refuse of refusals) expect(refuse).toThrow(/does not exist/);
    expect(w.db.select().from(cases).where(eq(cases.id, w.hidden.id)).get()).toEqual(before);
    expect(w.db.select().from(sources).where(eq(sources.id, w.source.id)).get()?.title).toBe("Report on the safehouse");
  });

  it("keeps its source to itself when someone else adds the same web address to their case", () => {
    const w = workspace();
    const added = addSourceToCase(w.db, w.outsider.id, w.kase.id, {
      title: "My own title",
      outlet: "",
      url: "https://news.example.org/safehouse",
      publishedOn: null,
      type: "news_report",
      excerpt: "",
      notes: "",
      confidential: false,
    });
    expect(added.outcome).toBe("created");
    expect(added.source.id).not.toBe(w.source.id);
    expect(added.source.title).toBe("My own title");
  });

  it("once deleted for good leaves nothing readable of it: its own sources go and its events are redacted", () => {
    const w = workspace();
    archiveCase(w.db, w.campaigner.id, w.hidden.id);
    // An admin must be on the team to delete it.
    expect(() => deleteArchivedCase(w.db, w.admin.id, w.hidden.id, "Shirin Hiddenname")).toThrow(/does not exist/);
    restrictCaseTo(w.db, w.hidden.id, [w.admin.id], w.admin.id);
    deleteArchivedCase(w.db, w.admin.id, w.hidden.id, "Shirin Hiddenname");
    expect(w.db.select().from(sources).where(eq(sources.id, w.source.id)).get()).toBeUndefined();
    const events = w.db.select().from(auditEvents).where(eq(auditEvents.caseId, w.hidden.id)).all();
    expect(events.length).toBeGreaterThan(2);
    expect(JSON.stringify(events)).not.toMatch(/Hiddenname|safehouse/);
  });
});
