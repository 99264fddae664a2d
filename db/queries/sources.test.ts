import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, caseSources, sources } from "../schema";
import { testCase, testDatabase } from "../test/fixtures";
import { restrictCaseTo, SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { sourceSchema, updateSourceSchema, type SourceInput } from "../../domain/schemas/source";
import { addSourceToCase, linkSourceToCase, LAST_LINK_OF_RESTRICTED_CASE, unlinkSourceFromCase, updateSource } from "./sources";
import { listCaseSources, listLinkableSources, listSources } from "./source-lists";
import { at } from "../../domain/test-helpers";

function input(fields: Partial<Record<keyof SourceInput, unknown>>): SourceInput {
  return sourceSchema.parse({ type: "news_report", ...fields });
}

describe("addSourceToCase", () => {
  it("creates the source and its case link, with audit events", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    const result = addSourceToCase(
      db,
      campaigner.id,
      c.id,
      input({ title: "Blinken arrives in Kigali", url: "https://news.example.org/blinken" }),
    );
    expect(result.outcome).toBe("created");
    expect(result.source.normalizedUrl).toBe("https://news.example.org/blinken");
    expect(db.select().from(caseSources).all()).toEqual([
      expect.objectContaining({ caseId: c.id, sourceId: result.source.id, linkedBy: campaigner.id }),
    ]);
    const events = db.select().from(auditEvents).where(eq(auditEvents.entityType, "source")).all();
    expect(events.map((e) => e.action).sort()).toEqual(["create", "link"]);
    expect(events.every((e) => e.caseId === c.id && e.actorId === campaigner.id)).toBe(true);
  });

  it("links the existing source when the same address is added again, instead of duplicating it", () => {
    const { db, campaigner } = testDatabase();
    const first = testCase(db, campaigner.id, "Paul Rusesabagina");
    const second = testCase(db, campaigner.id, "Another Person");
    const a = addSourceToCase(
      db,
      campaigner.id,
      first.id,
      input({ title: "Original title", url: "https://news.example.org/africa/blinken-kagame" }),
    );
    const b = addSourceToCase(
      db,
      campaigner.id,
      second.id,
      input({ title: "Shared copy", url: "HTTPS://News.Example.org:443/africa/blinken-kagame/?utm_source=twitter&fbclid=abc#top" }),
    );
    expect(b.outcome).toBe("linked_existing");
    expect(b.source.id).toBe(a.source.id);
    expect(b.source.title).toBe("Original title");
    expect(db.select().from(sources).all()).toHaveLength(1);
    expect(listCaseSources(db, SEES_CONFIDENTIAL, second.id).map((s) => s.id)).toEqual([a.source.id]);
    expect(
      at(listSources(db, SEES_CONFIDENTIAL), 0)
        .cases.map((c) => c.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
  });

  it("says so and changes nothing when the same address is added again to the same case", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    addSourceToCase(db, campaigner.id, c.id, input({ title: "Report", url: "https://example.org/r" }));
    const eventsBefore = db.select().from(auditEvents).all().length;
    const again = addSourceToCase(db, campaigner.id, c.id, input({ title: "Report", url: "https://example.org/r?utm_medium=email" }));
    expect(again.outcome).toBe("already_linked");
    expect(db.select().from(sources).all()).toHaveLength(1);
    expect(db.select().from(caseSources).all()).toHaveLength(1);
    expect(db.select().from(auditEvents).all()).toHaveLength(eventsBefore);
  });

  it("records sources without a web address as separate sources", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    addSourceToCase(db, campaigner.id, c.id, input({ title: "HRW statement", type: "ngo_statement" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "Court judgment", type: "court_record" }));
    expect(listCaseSources(db, SEES_CONFIDENTIAL, c.id)).toHaveLength(2);
  });

  it("writes nothing when the case does not exist", () => {
    const { db, campaigner } = testDatabase();
    expect(() => addSourceToCase(db, campaigner.id, 999, input({ title: "Report", url: "https://example.org/x" }))).toThrow(
      /case does not exist/,
    );
    expect(db.select().from(sources).all()).toHaveLength(0);
  });
});

describe("listCaseSources", () => {
  it("lists newest first by published date, undated last, and hides confidential ones unless asked", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    addSourceToCase(db, campaigner.id, c.id, input({ title: "2020", publishedOn: "2020-08-31" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "undated" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "2022", publishedOn: "2022-08-11" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "secret", publishedOn: "2021-09-20", confidential: true }));
    expect(listCaseSources(db, SEES_CONFIDENTIAL, c.id).map((s) => s.title)).toEqual(["2022", "secret", "2020", "undated"]);
    expect(listCaseSources(db, SEES_PUBLIC, c.id).map((s) => s.title)).toEqual(["2022", "2020", "undated"]);
  });

  it("reads only the first `limit`, after leaving out what the reader may not see", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    addSourceToCase(db, campaigner.id, c.id, input({ title: "2020", publishedOn: "2020-08-31" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "2022", publishedOn: "2022-08-11" }));
    addSourceToCase(db, campaigner.id, c.id, input({ title: "secret", publishedOn: "2021-09-20", confidential: true }));
    expect(listCaseSources(db, SEES_CONFIDENTIAL, c.id, { limit: 2 }).map((s) => s.title)).toEqual(["2022", "secret"]);
    expect(listCaseSources(db, SEES_PUBLIC, c.id, { limit: 2 }).map((s) => s.title)).toEqual(["2022", "2020"]);
  });
});

describe("linking and unlinking", () => {
  it("offers a confidential source to link only to a reader who may see it, with or without a search", () => {
    const { db, campaigner } = testDatabase();
    const a = testCase(db, campaigner.id, "Case A");
    const b = testCase(db, campaigner.id, "Case B");
    const { source } = addSourceToCase(db, campaigner.id, a.id, input({ title: "Witness report", confidential: true }));
    for (const q of [undefined, "witness"]) {
      expect(listLinkableSources(db, SEES_CONFIDENTIAL, b.id, { q }).map((s) => s.id)).toEqual([source.id]);
      expect(listLinkableSources(db, SEES_PUBLIC, b.id, { q })).toEqual([]);
    }
  });

  it("links an existing source, offers only unlinked ones, and unlinking keeps the source", () => {
    const { db, campaigner } = testDatabase();
    const a = testCase(db, campaigner.id, "Case A");
    const b = testCase(db, campaigner.id, "Case B");
    const { source } = addSourceToCase(db, campaigner.id, a.id, input({ title: "Shared report" }));
    expect(listLinkableSources(db, SEES_CONFIDENTIAL, a.id)).toHaveLength(0);
    expect(listLinkableSources(db, SEES_CONFIDENTIAL, b.id).map((s) => s.id)).toEqual([source.id]);

    expect(linkSourceToCase(db, campaigner.id, b.id, source.id)).toBe("linked_existing");
    expect(linkSourceToCase(db, campaigner.id, b.id, source.id)).toBe("already_linked");
    expect(listCaseSources(db, SEES_CONFIDENTIAL, b.id)).toHaveLength(1);

    unlinkSourceFromCase(db, campaigner.id, b.id, source.id);
    expect(listCaseSources(db, SEES_CONFIDENTIAL, b.id)).toHaveLength(0);
    expect(listCaseSources(db, SEES_CONFIDENTIAL, a.id)).toHaveLength(1);
    expect(db.select().from(sources).all()).toHaveLength(1);
    const unlink = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "unlink"), eq(auditEvents.caseId, b.id)))
      .all();
    expect(unlink).toHaveLength(1);
    expect(() => unlinkSourceFromCase(db, campaigner.id, b.id, source.id)).toThrow(/not linked/);
  });
});

describe("unlinking a restricted case's source", () => {
  it("keeps its last link, which is all that hides it, and lets it go once another case holds it", () => {
    const { db, campaigner } = testDatabase();
    const hidden = testCase(db, campaigner.id, "Defender in hiding");
    const open = testCase(db, campaigner.id, "Public case");
    restrictCaseTo(db, hidden.id, [campaigner.id], campaigner.id);
    const { source } = addSourceToCase(db, campaigner.id, hidden.id, input({ title: "Safe-house address report" }));
    const onTeam = { userId: campaigner.id, seesConfidential: true };
    const offTeam = { userId: 999, seesConfidential: true };
    expect(listSources(db, offTeam).map((s) => s.id)).not.toContain(source.id);

    expect(() => unlinkSourceFromCase(db, campaigner.id, hidden.id, source.id)).toThrow(LAST_LINK_OF_RESTRICTED_CASE);
    expect(listCaseSources(db, onTeam, hidden.id).map((s) => s.id)).toEqual([source.id]);
    expect(listSources(db, offTeam).map((s) => s.id)).not.toContain(source.id);

    // Shared with an unrestricted case, the source is everyone's through it anyway.
    linkSourceToCase(db, campaigner.id, open.id, source.id);
    unlinkSourceFromCase(db, campaigner.id, hidden.id, source.id);
    expect(listSources(db, offTeam).map((s) => s.id)).toContain(source.id);
  });
});

describe("updateSource", () => {
  it("saves an edit (e.g. marking it confidential) with an audit event on each linked case", () => {
    const { db, campaigner } = testDatabase();
    const a = testCase(db, campaigner.id, "Case A");
    const b = testCase(db, campaigner.id, "Case B");
    const { source } = addSourceToCase(db, campaigner.id, a.id, input({ title: "Report", url: "https://example.org/r" }));
    linkSourceToCase(db, campaigner.id, b.id, source.id);
    const updated = updateSource(
      db,
      campaigner.id,
      source.id,
      updateSourceSchema.parse({
        title: "Report",
        type: "news_report",
        url: "https://example.org/r2?utm_source=x",
        confidential: true,
        version: 1,
      }),
    );
    expect(updated).toMatchObject({
      confidential: true,
      url: "https://example.org/r2",
      normalizedUrl: "https://example.org/r2",
      version: 2,
    });
    expect(listCaseSources(db, SEES_PUBLIC, b.id)).toHaveLength(0);
    const events = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "update"), eq(auditEvents.entityId, source.id)))
      .all();
    expect(events.map((e) => e.caseId).sort()).toEqual([a.id, b.id].sort());
    expect(JSON.parse(at(events, 0).details).confidential).toEqual([false, true]);
  });

  it("refuses a stale version and an address another source already has", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Case A");
    const one = addSourceToCase(db, campaigner.id, c.id, input({ title: "One", url: "https://example.org/one" })).source;
    addSourceToCase(db, campaigner.id, c.id, input({ title: "Two", url: "https://example.org/two" }));
    expect(() =>
      updateSource(
        db,
        campaigner.id,
        one.id,
        updateSourceSchema.parse({ title: "One", type: "news_report", url: "https://EXAMPLE.org/two/", version: 1 }),
      ),
    ).toThrow(/already has this web address: “Two”/);
    updateSource(
      db,
      campaigner.id,
      one.id,
      updateSourceSchema.parse({ title: "One, corrected", type: "news_report", url: "https://example.org/one", version: 1 }),
    );
    expect(() =>
      updateSource(db, campaigner.id, one.id, updateSourceSchema.parse({ title: "Stale", type: "news_report", version: 1 })),
    ).toThrow(/Someone else changed/);
    expect(db.select().from(sources).where(eq(sources.id, one.id)).get()?.title).toBe("One, corrected");
  });
});
