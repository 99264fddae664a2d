import { describe, expect, it } from "vitest";
import { loadTimelineFacts } from "@/db/queries/timeline";
import { SEES_CONFIDENTIAL } from "@/db/queries/test-fixtures";
import { caseWithRecord } from "@/db/test/timeline-case";
import { describeTimelineFact, timelineEntryViews } from "./timeline";

describe("timelineEntryViews", () => {
  it("dates each entry by its day and heads the first entry of each year", () => {
    const views = timelineEntryViews([
      { kind: "detention", at: "2020-08-28", id: 1, title: "Detained in Kigali" },
      {
        kind: "source",
        at: "2020-08-31T10:00:00.000Z",
        id: 4,
        title: "Rusesabagina paraded before the press",
        href: "https://example.org/a",
      },
      { kind: "outcome", at: "2023-03-24", id: 2, title: "Released", detail: "Sentence commuted" },
    ]);
    expect(views.map((v) => [v.key, v.day, v.date, v.yearHeading])).toEqual([
      ["detention-1", "2020-08-28", "28 Aug 2020", "2020"],
      ["source-4", "2020-08-31", "31 Aug 2020", null],
      ["outcome-2", "2023-03-24", "24 Mar 2023", "2023"],
    ]);
    expect(views[1]).toMatchObject({ kindLabel: expect.any(String), href: "https://example.org/a", detail: null });
    expect(views[2]).toMatchObject({ href: null, detail: "Sentence commuted" });
  });
});

describe("describeTimelineFact", () => {
  it("lists the arrest, sentence, status changes, sources, asks with their moves, and outcomes", () => {
    const { db, kase } = caseWithRecord();
    const items = loadTimelineFacts(db, SEES_CONFIDENTIAL, kase.id).map(describeTimelineFact);
    const byKind = (kind: string) => items.filter((i) => i.kind === kind).map(({ at, title, detail }) => ({ at, title, detail }));

    expect(byKind("detention")).toEqual([
      { at: "2020-08-27", title: "Arrested", detail: "Kigali airport" },
      { at: "2021-09-20", title: "Sentenced", detail: "25 years" },
    ]);
    expect(byKind("status")).toContainEqual({
      at: "2021-09-20T10:00:00.000Z",
      title: "Status: Detained → Sentenced",
      detail: "Verdict read out in court",
    });
    expect(
      byKind("source")
        .map((s) => s.title)
        .sort(),
    ).toEqual(["Letter from prison", "Verdict reported"]);
    expect(byKind("ask")).toEqual([
      {
        at: "2022-03-01",
        title: "Ask to Antony Blinken (Secretary of State)",
        detail: "Raise his release with President Kagame · Meeting",
      },
    ]);
    expect(byKind("ask_move")).toEqual([
      expect.objectContaining({ title: "Ask to Antony Blinken: Made → Acknowledged", detail: "Promised to raise it" }),
    ]);
    expect(byKind("outcome")).toEqual([{ at: "2023-03-24", title: "Release", detail: "Released after commutation" }]);
  });
});
