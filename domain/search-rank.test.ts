import { describe, expect, it } from "vitest";
import { buildSnippet, rankCandidates, rankTerm } from "./search-rank";
import { MATCH_END as E, MATCH_START as S } from "./search-query";

const record = (name: string, summary: string) => [
  { text: name, weight: 10 },
  { text: summary, weight: 1 },
];

describe("rankCandidates", () => {
  it("puts a match in a heavier field first, then a shorter field, and keeps ties in order", () => {
    const candidates = [
      record("Another Person", "A long summary that mentions Kigali once among very many other words about the region"),
      record("Paul Rusesabagina", "Detained in Kigali"),
      record("Kigali Namesake", ""),
      record("Tie One", "Kigali"),
      record("Tie Two", "Kigali"),
    ];
    expect(rankCandidates(candidates, [rankTerm("kigali", false)], 10)).toEqual([2, 3, 4, 1, 0]);
    expect(rankCandidates(candidates, [rankTerm("kigali", false)], 2)).toEqual([2, 3]);
  });

  it("matches word beginnings only for prefix terms, and ignores case and accents", () => {
    const candidates = [record("Nguyễn Văn Đài", ""), record("Rusesabagina", "")];
    expect(rankCandidates(candidates, [rankTerm("Rusesa", true)], 10)[0]).toBe(1);
    const exact = rankCandidates(candidates, [rankTerm("Rusesa", false)], 10);
    expect(exact).toEqual([0, 1]); // no score for either: the given order stays
    expect(rankCandidates(candidates, [rankTerm("dai", false)], 1)).toEqual([0]);
  });

  it("reads plain-ASCII and accented fields into the same words (numbers, case and punctuation alike)", () => {
    const term = [rankTerm("kigali", false), rankTerm("2020", false)];
    // The same text but for one accent: the plain one takes the fast path, the other the Unicode one.
    const plain = record("", "KIGALI, 28-08-2020: detained (kigali) after a flight");
    const accented = record("", "KIGALI, 28-08-2020: détained (kigali) after a flight");
    const shorter = record("", "Kigali 2020");
    expect(rankCandidates([plain, shorter], term, 10)).toEqual([1, 0]);
    expect(rankCandidates([accented, shorter], term, 10)).toEqual([1, 0]);
    expect(rankCandidates([plain, accented], term, 10)).toEqual([0, 1]); // equal scores: order kept
    expect(rankCandidates([accented, plain], term, 10)).toEqual([0, 1]);
  });
});

describe("buildSnippet", () => {
  it("marks the matched words in the stored text, accents kept", () => {
    expect(buildSnippet(record("Nguyễn Văn Đài", "Blogger"), [rankTerm("dai", false)])).toBe(`Nguyễn Văn ${S}Đài${E}`);
  });

  it("shows a window of words around the first match of the field with most matches", () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[30] = "Kigali";
    const snippet = buildSnippet(record("Someone", words.join(" ")), [rankTerm("kigali", false)], 6);
    expect(snippet).toBe(`…w28 w29 ${S}Kigali${E} w31 w32 w33…`);
  });
});
