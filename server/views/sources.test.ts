import { describe, expect, it } from "vitest";
import type { Source } from "@/db/schema";
import { sourceView } from "./sources";

const source: Source = {
  id: 3,
  title: "Rusesabagina paraded before the press",
  outlet: "BBC News",
  url: "https://www.bbc.co.uk/news/world-africa-53963093",
  normalizedUrl: "bbc.co.uk/news/world-africa-53963093",
  publishedOn: "2020-08-31",
  type: "news_report",
  excerpt: "",
  notes: "Kept for the timeline",
  confidential: true,
  createdBy: 1,
  createdAt: "2020-09-01T10:00:00.000Z",
  updatedAt: "2020-09-01T10:00:00.000Z",
  version: 1,
};

describe("sourceView", () => {
  it("shows outlet and date as one line, and what the card shows, nothing more", () => {
    const view = sourceView(source);
    expect(view).toEqual({
      id: 3,
      title: "Rusesabagina paraded before the press",
      byline: "BBC News · 31 Aug 2020",
      confidential: true,
      typeLabel: "News report",
      excerpt: null,
      notes: "Kept for the timeline",
      link: "https://www.bbc.co.uk/news/world-africa-53963093",
    });
  });

  it("says when the date is not known and never links an address that is not http(s)", () => {
    expect(sourceView({ ...source, outlet: "", publishedOn: null }).byline).toBe("Date not known");
    expect(sourceView({ ...source, url: "javascript:alert(1)" }).link).toBeNull();
  });
});
