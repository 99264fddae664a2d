import { describe, expect, it } from "vitest";
import { timelineEntryViews } from "./timeline";

describe("timelineEntryViews", () => {
  it("dates each entry by its day and heads the first entry of each year", () => {
    const views = timelineEntryViews([
      { kind: "detention", at: "2020-08-28", id: 1, title: "Detained in Kigali" },
      { kind: "source", at: "2020-08-31T10:00:00.000Z", id: 4, title: "Rusesabagina paraded before the press", href: "https://example.org/a" },
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
