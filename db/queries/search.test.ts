import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testCase, testDatabase } from "../test/fixtures";
import { insertLinkedSource } from "./test-fixtures";
import { asks, caseNotes, cases, outcomes, people, sources, caseSources } from "../schema";
import { updateCase } from "./case-writes";
import { searchRecords, SEARCH_LIMIT_PER_KIND, SEARCH_QUERIES } from "./search";
import type { SearchKind } from "../../domain/search-query";
import { MATCH_END, MATCH_START } from "../../domain/search-query";
import type { Reader } from "../visibility";
import { at } from "../../domain/test-helpers";

function setup() {
  const t = testDatabase();
  const { db, campaigner } = t;
  const rusesabagina = testCase(db, campaigner.id, "Paul Rusesabagina", {
    title: "Hotel Rwanda manager detained",
    summary: "Abducted in Dubai and flown to Kigali.",
    tags: ["terrorism charges", "abduction"],
    charges: "Terrorism",
  });
  const nguyen = testCase(db, campaigner.id, "Nguyễn Văn Đài", { country: "Viet Nam", title: "Lawyer held" });
  const arabic = testCase(db, campaigner.id, "علاء عبد الفتاح", { country: "Egypt", title: "Blogger held" });
  const person = (values: Partial<typeof people.$inferInsert> & { name: string }) =>
    db
      .insert(people)
      .values({ kind: "official", createdBy: campaigner.id, ...values })
      .returning()
      .get();
  const minister = person({ name: "Minister of Justice", office: "Minister", institution: "Ministry of Justice" });
  const secret = person({ name: "Secret family contact", kind: "contact", caseId: rusesabagina.id, confidential: true });
  const hiddenOfficial = person({ name: "Quiet official", confidential: true });
  const source = (values: Partial<typeof sources.$inferInsert> & { title: string }) => {
    const row = db
      .insert(sources)
      .values({ type: "news", createdBy: campaigner.id, ...values })
      .returning()
      .get();
    db.insert(caseSources).values({ caseId: rusesabagina.id, sourceId: row.id, linkedBy: campaigner.id }).run();
    return row;
  };
  const publicSource = source({ title: "Trial opens in Kigali", outlet: "BBC", excerpt: "The trial of Rusesabagina opened." });
  const secretSource = source({ title: "Witness statement", outlet: "Internal", excerpt: "Kigali witness", confidential: true });
  const ask = (officialId: number, text: string) =>
    db
      .insert(asks)
      .values({ caseId: rusesabagina.id, officialId, text, channel: "letter", status: "made", createdBy: campaigner.id })
      .returning()
      .get();
  const publicAsk = ask(minister.id, "Release Paul on humanitarian grounds");
  const quietAsk = ask(hiddenOfficial.id, "Quietly raise humanitarian access");
  const outcome = (askId: number | null, description: string) =>
    db
      .insert(outcomes)
      .values({ caseId: rusesabagina.id, askId, type: "statement", occurredOn: "2023-01-01", description, createdBy: campaigner.id })
      .returning()
      .get();
  const publicOutcome = outcome(publicAsk.id, "Ministry acknowledged the humanitarian letter");
  const quietOutcome = outcome(quietAsk.id, "Quiet official promised humanitarian review");
  const note = (body: string, confidential: boolean) =>
    db.insert(caseNotes).values({ caseId: rusesabagina.id, body, confidential, createdBy: campaigner.id }).returning().get();
  const publicNote = note("Family visit planned in Brussels", false);
  const secretNote = note("Family phone number kept offline in Brussels", true);
  return {
    ...t,
    rusesabagina,
    nguyen,
    arabic,
    minister,
    secret,
    hiddenOfficial,
    publicSource,
    secretSource,
    publicAsk,
    quietAsk,
    publicOutcome,
    quietOutcome,
    publicNote,
    secretNote,
  };
}

const ids = (results: ReturnType<typeof searchRecords>, kind: SearchKind) => results[kind].map((hit) => hit.id);
const all: Reader = { userId: 1, seesConfidential: true };
const viewer: Reader = { userId: 2, seesConfidential: false };

describe("searchRecords", () => {
  it("finds a case by the beginning of a name and highlights the match", () => {
    const { db, rusesabagina } = setup();
    const results = searchRecords(db, all, "Rusesa");
    expect(ids(results, "case")).toEqual([rusesabagina.id]);
    const hit = at(results.case, 0);
    expect(hit.title).toBe("Paul Rusesabagina");
    expect(hit.snippet).toContain(`${MATCH_START}Rusesabagina${MATCH_END}`);
    // The same word in a source excerpt is found too.
    expect(results.source.map((s) => s.title)).toContain("Trial opens in Kigali");
  });

  it("finds cases by title, country, summary, tags and charges", () => {
    const { db, rusesabagina } = setup();
    for (const word of ["Hotel", "Rwanda", "Dubai", "abduction", "terrorism"]) {
      expect(ids(searchRecords(db, all, word), "case"), word).toContain(rusesabagina.id);
    }
  });

  it("ignores accents, including Đ which has none to remove", () => {
    const { db, nguyen } = setup();
    expect(ids(searchRecords(db, all, "Nguyen Van"), "case")).toEqual([nguyen.id]);
    expect(ids(searchRecords(db, all, "Dai"), "case")).toEqual([nguyen.id]);
    expect(ids(searchRecords(db, all, "đài"), "case")).toEqual([nguyen.id]);
    expect(ids(searchRecords(db, all, "NGUYỄN"), "case")).toEqual([nguyen.id]);
  });

  it("finds a name written in Arabic script, whole or by its beginning", () => {
    const { db, arabic } = setup();
    expect(ids(searchRecords(db, all, "علاء"), "case")).toEqual([arabic.id]);
    expect(ids(searchRecords(db, all, "الفت"), "case")).toEqual([arabic.id]);
  });

  it("finds Arabic written with or without short vowels", () => {
    const { db, campaigner } = setup();
    const voweled = testCase(db, campaigner.id, "مُحَمَّد مرسي");
    const plain = testCase(db, campaigner.id, "محمد عبدالله");
    expect(ids(searchRecords(db, all, "محمد"), "case").sort()).toEqual([voweled.id, plain.id].sort());
    expect(ids(searchRecords(db, all, "مُحَمَّد"), "case").sort()).toEqual([voweled.id, plain.id].sort());
    expect(ids(searchRecords(db, all, "مرسي"), "case")).toEqual([voweled.id]);
  });

  it("requires every word and ranks the better match first", () => {
    const { db, campaigner, rusesabagina } = setup();
    for (let i = 0; i < 6; i++) testCase(db, campaigner.id, `Filler ${i}`, { summary: "Nothing to see in this summary" });
    const passing = testCase(db, campaigner.id, "Another Person", {
      summary: "A long summary that mentions Kigali once among very many other words about the region and its politics",
    });
    expect(ids(searchRecords(db, all, "Rusesabagina Kigali"), "case")).toEqual([rusesabagina.id]);
    // Kigali in the name outranks Kigali in a short summary, which outranks a long one.
    const byName = testCase(db, campaigner.id, "Kigali Namesake");
    expect(ids(searchRecords(db, all, "Kigali"), "case")).toEqual([byName.id, rusesabagina.id, passing.id]);
  });

  it("leaves confidential records and what hangs on them out for a viewer", () => {
    const { db, secret, secretSource, publicSource, quietAsk, publicAsk, quietOutcome, publicOutcome, publicNote, secretNote } = setup();
    expect(ids(searchRecords(db, viewer, "Secret family"), "person")).toEqual([]);
    expect(ids(searchRecords(db, all, "Secret family"), "person")).toEqual([secret.id]);
    expect(ids(searchRecords(db, viewer, "Kigali"), "source")).toEqual([publicSource.id]);
    expect(ids(searchRecords(db, all, "Kigali"), "source").sort()).toEqual([publicSource.id, secretSource.id].sort());
    expect(ids(searchRecords(db, viewer, "humanitarian"), "ask")).toEqual([publicAsk.id]);
    expect(ids(searchRecords(db, all, "humanitarian"), "ask").sort()).toEqual([publicAsk.id, quietAsk.id].sort());
    expect(ids(searchRecords(db, viewer, "humanitarian"), "outcome")).toEqual([publicOutcome.id]);
    expect(ids(searchRecords(db, all, "humanitarian"), "outcome").sort()).toEqual([publicOutcome.id, quietOutcome.id].sort());
    expect(ids(searchRecords(db, viewer, "Brussels"), "note")).toEqual([publicNote.id]);
    expect(ids(searchRecords(db, all, "Brussels"), "note").sort()).toEqual([publicNote.id, secretNote.id].sort());
  });

  it("finds people by office and institution, asks by office at the time", () => {
    const { db, minister, publicAsk } = setup();
    expect(ids(searchRecords(db, all, "ministry"), "person")).toEqual([minister.id]);
    db.update(asks).set({ officeAtTime: "Attorney General" }).where(eq(asks.id, publicAsk.id)).run();
    expect(ids(searchRecords(db, all, "attorney"), "ask")).toEqual([publicAsk.id]);
  });

  it("follows updates and deletions in the same write", () => {
    const { db, campaigner, rusesabagina } = setup();
    const kase = testCase(db, campaigner.id, "Zebediah Original");
    expect(ids(searchRecords(db, all, "Zebediah"), "case")).toEqual([kase.id]);
    updateCase(db, campaigner.id, kase.id, {
      personName: "Ophelia Renamed",
      title: "Renamed case",
      country: kase.country,
      summary: kase.summary,
      tags: [],
      priority: kase.priority,
      arrestDate: null,
      arrestPlace: "",
      placeHeld: "",
      charges: "",
      sentence: "",
      sentenceDate: null,
      version: kase.version,
    } as Parameters<typeof updateCase>[3]);
    expect(ids(searchRecords(db, all, "Zebediah"), "case")).toEqual([]);
    expect(ids(searchRecords(db, all, "Ophelia"), "case")).toEqual([kase.id]);

    const note = db
      .insert(caseNotes)
      .values({ caseId: rusesabagina.id, body: "Xylophone reminder", createdBy: campaigner.id })
      .returning()
      .get();
    expect(ids(searchRecords(db, all, "xylo"), "note")).toEqual([note.id]);
    db.delete(caseNotes).where(eq(caseNotes.id, note.id)).run();
    expect(ids(searchRecords(db, all, "xylo"), "note")).toEqual([]);

    // A write that fails leaves the index as it was.
    expect(() =>
      db.transaction((tx) => {
        tx.update(cases).set({ personName: "Quentin Rolledback" }).where(eq(cases.id, kase.id)).run();
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expect(ids(searchRecords(db, all, "Quentin"), "case")).toEqual([]);
    expect(ids(searchRecords(db, all, "Ophelia"), "case")).toEqual([kase.id]);
  });

  it("leaves archived cases and their records out", () => {
    const { db, rusesabagina } = setup();
    db.update(cases).set({ archivedAt: "2024-01-01T00:00:00.000Z" }).where(eq(cases.id, rusesabagina.id)).run();
    const results = searchRecords(db, all, "Rusesabagina humanitarian Brussels");
    expect(results.case).toEqual([]);
    for (const word of ["Rusesabagina", "humanitarian", "Brussels"]) {
      const r = searchRecords(db, all, word);
      expect([...r.case, ...r.ask, ...r.outcome, ...r.note], word).toEqual([]);
    }
  });

  it("returns at most the limit per kind", () => {
    const { db, campaigner } = setup();
    for (let i = 0; i < 30; i++) testCase(db, campaigner.id, `Manyname ${i}`);
    expect(searchRecords(db, all, "Manyname").case).toHaveLength(SEARCH_LIMIT_PER_KIND);
    expect(searchRecords(db, all, "Manyname", { limit: 5 }).case).toHaveLength(5);
  });

  it("searches only the kinds asked for", () => {
    const { db, rusesabagina } = setup();
    const everything = searchRecords(db, all, "Rusesabagina");
    expect(everything.case.map((h) => h.id)).toContain(rusesabagina.id);
    const casesOnly = searchRecords(db, all, "Rusesabagina", { kinds: ["case"] });
    expect(casesOnly.case).toEqual(everything.case);
    const people = searchRecords(db, all, "Rusesabagina", { kinds: ["person"] });
    expect(people.case).toEqual([]);
  });

  it("reads a word the same way in every kind: whole if anyone wrote it whole, else as a beginning", () => {
    const { db, campaigner, rusesabagina } = setup();
    // "Paul" is a whole word in a case name; the sources have only "Paulette".
    const paulette = insertLinkedSource(db, rusesabagina.id, campaigner.id, "Paulette Kagame letter");
    const overview = searchRecords(db, all, "Paul", { limit: 6 });
    expect(ids(overview, "case")).toContain(rusesabagina.id);
    expect(ids(overview, "source")).toEqual([]);
    // "More sources" agrees with the overview.
    expect(ids(searchRecords(db, all, "Paul", { limit: 25, kinds: ["source"] }), "source")).toEqual([]);
    // A word nobody wrote whole is a beginning in every kind.
    expect(ids(searchRecords(db, all, "Paule"), "source")).toEqual([paulette.id]);
    expect(ids(searchRecords(db, all, "Paule", { kinds: ["source"] }), "source")).toEqual([paulette.id]);
  });

  it("gives a viewer the same results whether or not a confidential record holds the word", () => {
    const { db, campaigner, rusesabagina } = setup();
    const letter = insertLinkedSource(db, rusesabagina.id, campaigner.id, "Letter to President Kagame");
    const before = searchRecords(db, viewer, "Kagam");
    expect(ids(before, "source")).toEqual([letter.id]);
    // Only a confidential note has "Kagam" as a whole word.
    db.insert(caseNotes)
      .values({ caseId: rusesabagina.id, body: "Ask Kagam's aide by phone", confidential: true, createdBy: campaigner.id })
      .run();
    expect(searchRecords(db, viewer, "Kagam")).toEqual(before);
    // A campaigner sees the note, so for them "Kagam" is a whole word.
    expect(searchRecords(db, all, "Kagam").note).toHaveLength(1);
  });

  it("treats FTS syntax in the input as plain words", () => {
    const { db, rusesabagina } = setup();
    for (const input of ['"(NEAR*', "Rusesa*", "NOT Rusesabagina", "person_name:Rusesa", "-Rusesa", "^Rusesa", '"Rusesa"', "Rusesa OR"]) {
      expect(() => searchRecords(db, all, input), input).not.toThrow();
    }
    expect(ids(searchRecords(db, all, "person_name:Rusesa"), "case")).toEqual([]);
    expect(ids(searchRecords(db, all, "(Rusesa*)"), "case")).toEqual([rusesabagina.id]);
    expect(searchRecords(db, all, '"(NEAR*').case).toEqual([]);
    expect(searchRecords(db, all, "   ").case).toEqual([]);
  });
});

describe("the search index", () => {
  it("answers each kind from the index and by primary key, never by scanning a table", () => {
    const { db } = setup();
    for (const [kind, query] of Object.entries(SEARCH_QUERIES)) {
      for (const sql of [query.newestSql, query.anyVisibleSql]) {
        const plan = db.$client
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ match: '"x"*', seeConfidential: 0, readerId: 0, everyTeam: 0, candidates: 200 }) as {
          detail: string;
        }[];
        // "SCAN hit" walks the matches the index returned, not a table.
        const scans = plan.map((step) => step.detail).filter((detail) => /^SCAN /.test(detail) && !/VIRTUAL TABLE|^SCAN hit$/.test(detail));
        expect(scans, `${kind}: ${plan.map((step) => step.detail).join("; ")}`).toEqual([]);
      }
    }
  });
});
