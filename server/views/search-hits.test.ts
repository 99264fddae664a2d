import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/db/queries/search";
import { MATCH_END, MATCH_START } from "@/domain/search-query";
import { searchHitView } from "./search-hits";

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: "case",
  id: 1,
  title: "Paul Rusesabagina",
  context: "",
  snippet: "",
  caseId: 1,
  ...over,
});
const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("searchHitView", () => {
  it("leads each kind to the page that shows it", () => {
    expect(searchHitView(hit({ kind: "case", id: 4 }), false).href).toBe("/cases/4");
    expect(searchHitView(hit({ kind: "person", id: 9 }), false).href).toBe("/people/9");
    expect(searchHitView(hit({ kind: "ask", id: 2, caseId: 4 }), false).href).toBe("/cases/4/asks");
    expect(searchHitView(hit({ kind: "note", id: 2, caseId: 4 }), false).href).toBe("/cases/4");
  });

  it("opens a source for editing only for those who may edit it", () => {
    expect(searchHitView(hit({ kind: "source", id: 5, caseId: 4 }), true).href).toBe(
      `/sources/5/edit?from=${encodeURIComponent("/cases/4/sources")}`,
    );
    expect(searchHitView(hit({ kind: "source", id: 5, caseId: 4 }), false).href).toBe("/cases/4/sources");
    expect(searchHitView(hit({ kind: "source", id: 5, caseId: null }), false).href).toBe("/sources");
  });

  it("names asks, outcomes and notes by what they are, with their case as context", () => {
    expect(searchHitView(hit({ kind: "ask", title: "Antony Blinken", context: "Paul Rusesabagina" }), false)).toMatchObject({
      title: "Ask to Antony Blinken",
      context: "Case of Paul Rusesabagina",
    });
    expect(searchHitView(hit({ kind: "outcome", title: "release" }), false).title).toBe("Release");
    expect(searchHitView(hit({ kind: "note", title: "Paul Rusesabagina" }), false).title).toBe("Note on the case of Paul Rusesabagina");
  });

  it("leaves out a context the snippet already shows, and keys kinds apart", () => {
    const view = searchHitView(
      hit({ kind: "case", id: 3, context: "Detained in Kigali", snippet: `Detained in ${marked("Kigali")}` }),
      false,
    );
    expect(view).toMatchObject({ key: "case-3", context: "" });
    expect(searchHitView(hit({ kind: "person", id: 3 }), false).key).toBe("person-3");
  });
});
