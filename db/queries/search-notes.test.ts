import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testCase, testDatabase } from "../test/fixtures";
import { askStatusChanges, asks, cases, caseStatusChanges, people } from "../schema";
import { searchRecords } from "./search";
import type { Reader } from "../visibility";

const all: Reader = { userId: 1, seesConfidential: true };
const viewer: Reader = { userId: 3, seesConfidential: false };

function setup() {
  const { db, campaigner } = testDatabase();
  const theCase = testCase(db, campaigner.id, "Paul Rusesabagina");
  const statusNote = (note: string, noteConfidential = false) =>
    db
      .insert(caseStatusChanges)
      .values({
        caseId: theCase.id,
        fromStatus: "detained",
        toStatus: "charged",
        note,
        noteConfidential,
        changedBy: campaigner.id,
        occurredOn: "2024-03-01",
      })
      .returning()
      .get().id;
  const official = (name: string, confidential = false) =>
    db.insert(people).values({ kind: "official", name, confidential, createdBy: campaigner.id }).returning().get();
  const ask = (officialId: number) =>
    db
      .insert(asks)
      .values({ caseId: theCase.id, officialId, text: "Release him", channel: "letter", status: "made", createdBy: campaigner.id })
      .returning()
      .get();
  const move = (askId: number, note: string, noteConfidential = false) =>
    db
      .insert(askStatusChanges)
      .values({
        askId,
        fromStatus: "made",
        toStatus: "acknowledged",
        note,
        noteConfidential,
        changedBy: campaigner.id,
        occurredOn: "2024-03-02",
      })
      .returning()
      .get().id;
  return { db, theCase, statusNote, official, ask, move };
}

describe("search over the notes of status changes and ask moves", () => {
  it("finds a status change by its note, saying whose case it is", () => {
    const { db, theCase, statusNote } = setup();
    const id = statusNote("Charged under the counter-terrorism law at the Nyarugenge court");
    const hits = searchRecords(db, all, "Nyarugenge").status_note;
    expect(hits.map((h) => h.id)).toEqual([id]);
    expect(hits[0]).toMatchObject({ title: "Paul Rusesabagina", context: "charged", caseId: theCase.id });
    expect(hits[0]?.snippet).toContain("Nyarugenge");
  });

  it("finds an ask's move by its note, saying which ask and case it belongs to", () => {
    const { db, theCase, official, ask, move } = setup();
    const minister = official("Minister of Justice");
    const id = move(ask(minister.id).id, "The ministry replied by fax from Kacyiru");
    const hits = searchRecords(db, all, "Kacyiru").ask_move_note;
    expect(hits.map((h) => h.id)).toEqual([id]);
    expect(hits[0]).toMatchObject({ title: "Minister of Justice", context: "Paul Rusesabagina", caseId: theCase.id });
  });

  it("folds the notes' Arabic script like the other records'", () => {
    const { db, statusNote } = setup();
    const id = statusNote("نقل إلى سجن إيفين في طهران");
    expect(searchRecords(db, all, "ايفين").status_note.map((h) => h.id)).toEqual([id]);
  });

  it("never matches a confidential note for a reader who may not read it", () => {
    const { db, statusNote, official, ask, move } = setup();
    statusNote("Sister told us about Zwartberg in confidence", true);
    move(ask(official("Minister of Justice").id).id, "Back channel via Quellhorst", true);
    for (const word of ["Zwartberg", "Quellhorst", "Zwart", "Quell"]) {
      const results = searchRecords(db, viewer, word);
      expect(Object.values(results).flat()).toEqual([]);
    }
    expect(searchRecords(db, all, "Zwartberg").status_note).toHaveLength(1);
    expect(searchRecords(db, all, "Quellhorst").ask_move_note).toHaveLength(1);
  });

  it("leaves out a move of an ask the reader may not see, and notes of archived cases", () => {
    const { db, theCase, statusNote, official, ask, move } = setup();
    move(ask(official("Quiet official", true).id).id, "Replied about Obermoos");
    statusNote("Moved to Obermoos prison");
    expect(searchRecords(db, viewer, "Obermoos").ask_move_note).toEqual([]);
    expect(searchRecords(db, viewer, "Obermoos").status_note).toHaveLength(1);
    expect(searchRecords(db, all, "Obermoos").ask_move_note).toHaveLength(1);

    db.update(cases).set({ archivedAt: "2024-05-01T00:00:00.000Z" }).where(eq(cases.id, theCase.id)).run();
    expect(searchRecords(db, all, "Obermoos").status_note).toEqual([]);
    expect(searchRecords(db, all, "Obermoos").ask_move_note).toEqual([]);
  });

  it("follows a note's edits and leaves empty notes out of the index", () => {
    const { db, statusNote } = setup();
    const id = statusNote("");
    expect(db.$client.prepare("SELECT count(*) FROM search_status_notes").pluck().get()).toBe(0);
    db.update(caseStatusChanges).set({ note: "Lawyer Gahima visited" }).where(eq(caseStatusChanges.id, id)).run();
    expect(searchRecords(db, all, "Gahima").status_note.map((h) => h.id)).toEqual([id]);
    db.update(caseStatusChanges).set({ note: "" }).where(eq(caseStatusChanges.id, id)).run();
    expect(searchRecords(db, all, "Gahima").status_note).toEqual([]);
  });
});
