import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testCase, testDatabase } from "../test/fixtures";
import { caseNotes, cases } from "../schema";
import { searchRecords } from "./search";
import { FOLDED_LETTERS, foldLetters } from "../../domain/search-query";
import type { Reader } from "../visibility";

const all: Reader = { userId: 1, seesConfidential: true };

function setup() {
  const t = testDatabase();
  const caseNamed = (personName: string, extra: Partial<typeof cases.$inferInsert> = {}) => {
    const row = testCase(t.db, t.campaigner.id, personName);
    if (Object.keys(extra).length > 0) t.db.update(cases).set(extra).where(eq(cases.id, row.id)).run();
    return row.id;
  };
  const found = (q: string) => searchRecords(t.db, all, q).case.map((hit) => hit.id);
  return { ...t, caseNamed, found };
}

describe("the search index's folding", () => {
  it("folds in SQLite exactly as foldLetters folds the query", () => {
    const { db, campaigner } = setup();
    const caseId = testCase(db, campaigner.id, "Fold check").id;
    // Every folded letter and every removed mark, between letters so each stays inside a word.
    const marks = [
      ...Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => 0x64b + i),
      0x670,
      0x640,
      0x5b0,
      0x5bd,
      0x5bf,
      0x5c1,
      0x5c2,
      0x5c7,
    ];
    const body = [...Object.keys(FOLDED_LETTERS), ...marks.map((c) => String.fromCharCode(c))].map((c) => `ب${c}ب`).join(" ");
    const note = db.insert(caseNotes).values({ caseId, body, createdBy: campaigner.id }).returning().get();
    const folded = db.$client.prepare("SELECT folded FROM search_notes WHERE rowid = ?").pluck().get(note.id);
    expect(folded).toBe(foldLetters(body));
  });

  it('finds "علي" by "علی", and the other way round', () => {
    const { caseNamed, found } = setup();
    const arabicYeh = caseNamed("Ali Karimi", { nativeName: "علي كريمي" });
    const persianYeh = caseNamed("Ali Rezaei", { nativeName: "علی رضایی" });
    expect(found("علی").sort()).toEqual([arabicYeh, persianYeh].sort());
    expect(found("علي").sort()).toEqual([arabicYeh, persianYeh].sort());
    expect(found("علی رضایی")).toEqual([persianYeh]);
    expect(found("علي رضايي")).toEqual([persianYeh]);
  });

  it('finds "كريمي" by "کریمی" (keheh and Persian yeh), and alef maksura as yeh', () => {
    const { caseNamed, found } = setup();
    const karimi = caseNamed("Karimi", { nativeName: "كريمي" });
    const musa = caseNamed("Musa", { nativeName: "موسى" });
    expect(found("کریمی")).toEqual([karimi]);
    expect(found("كريمي")).toEqual([karimi]);
    expect(found("موسی")).toEqual([musa]);
  });

  it("matches the alef forms, teh marbuta and the digits whichever way either side wrote them", () => {
    const { caseNamed, found } = setup();
    const ahmad = caseNamed("Ahmad", { nativeName: "أحمد إبراهيم" });
    const fatima = caseNamed("Fatima", { nativeName: "فاطمة" });
    const dated = caseNamed("Dated", { summary: "Arrested on ۱۴۰۲/۳/۱۲" });
    expect(found("احمد ابراهيم")).toEqual([ahmad]);
    expect(found("آحمد")).toEqual([ahmad]);
    expect(found("فاطمه")).toEqual([fatima]);
    expect(found("1402")).toEqual([dated]);
    expect(found("١٤٠٢")).toEqual([dated]);
  });

  it("ignores a tatweel or harakat in the index or in the query", () => {
    const { caseNamed, found } = setup();
    const stretched = caseNamed("Mohammad", { nativeName: "محـــمد" });
    const voweled = caseNamed("Ali", { nativeName: "عَلِيّ" });
    expect(found("محمد")).toEqual([stretched]);
    expect(found("مُحَمَّد")).toEqual([stretched]);
    expect(found("علی")).toEqual([voweled]);
    expect(found("عـلـی")).toEqual([voweled]);
  });

  it("finds a case by its native-script name and by each alias, and keeps the index in step when they change", () => {
    const { db, caseNamed, found } = setup();
    const id = caseNamed("Narges Mohammadi", { nativeName: "نرگس محمدی", aliases: JSON.stringify(["Narges M.", "نرگس"]) });
    expect(found("نرگس")).toEqual([id]);
    expect(found("محمدي")).toEqual([id]);
    expect(found("Narges M")).toEqual([id]);
    const hit = searchRecords(db, all, "نرگس محمدی").case[0];
    expect(hit?.title).toBe("Narges Mohammadi (نرگس محمدی)");
    expect(hit?.snippet).toContain("محمدی");

    db.update(cases)
      .set({ nativeName: "", aliases: JSON.stringify(["Taghi"]) })
      .where(eq(cases.id, id))
      .run();
    expect(found("نرگس")).toEqual([]);
    expect(found("Taghi")).toEqual([id]);
  });
});
