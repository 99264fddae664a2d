import { describe, expect, it } from "vitest";
import { testCase, testDatabase } from "./test/fixtures";
import { searchRecords } from "./queries/search";
import { MERGE_ABOVE_SEGMENTS, mergeSearchIndexes, searchIndexSegments } from "./search-index";

describe("mergeSearchIndexes", () => {
  it("merges an index that many saves split into segments, and search finds the same records", () => {
    const { db, campaigner } = testDatabase();
    // Each save is its own transaction, and so its own segment of the index.
    const names = ["Paul Rusesabagina", "Nguyễn Văn Đài", "Paula Kigali", "Ahmed Mansoor"];
    for (const name of names) testCase(db, campaigner.id, name, { summary: `Detained in Kigali: ${name}` });
    expect(searchIndexSegments(db, "search_cases")).toBeGreaterThan(MERGE_ABOVE_SEGMENTS);
    const before = searchRecords(db, { userId: 1, seesConfidential: true }, "Kigali");

    const merged = mergeSearchIndexes(db);

    expect(merged.map((m) => m.index)).toContain("search_cases");
    expect(searchIndexSegments(db, "search_cases")).toBe(1);
    const after = searchRecords(db, { userId: 1, seesConfidential: true }, "Kigali");
    expect(after.case.map((hit) => hit.id).sort()).toEqual(before.case.map((hit) => hit.id).sort());
    expect(after.case).toHaveLength(names.length);
    expect(searchRecords(db, { userId: 1, seesConfidential: true }, "Dai").case.map((hit) => hit.title)).toEqual(["Nguyễn Văn Đài"]);
  });

  it("leaves an index in few segments alone, and later saves are still found", () => {
    const { db, campaigner } = testDatabase();
    testCase(db, campaigner.id, "Paul Rusesabagina");
    testCase(db, campaigner.id, "Ahmed Mansoor");
    expect(searchIndexSegments(db, "search_cases")).toBeLessThanOrEqual(MERGE_ABOVE_SEGMENTS);
    expect(mergeSearchIndexes(db).map((m) => m.index)).not.toContain("search_cases");

    testCase(db, campaigner.id, "Narges Mohammadi");
    expect(searchRecords(db, { userId: 1, seesConfidential: true }, "Narges").case).toHaveLength(1);
  });
});
