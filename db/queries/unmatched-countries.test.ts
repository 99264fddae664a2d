import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { cases } from "../schema";
import { setupDb } from "./test-fixtures";
import { listCasesWithUnmatchedCountry } from "./unmatched-countries";

describe("cases whose country matched none of the list", () => {
  it("lists the case kept with its typed text and no code, not the cases with a country of the list", () => {
    const { db, kase } = setupDb();
    expect(listCasesWithUnmatchedCountry(db)).toEqual([]);
    db.update(cases).set({ country: "Kurdistan region", countryCode: null }).where(eq(cases.id, kase.id)).run();
    expect(listCasesWithUnmatchedCountry(db)).toEqual([
      { id: kase.id, personName: "Test Person", nativeName: "", country: "Kurdistan region", archivedAt: null },
    ]);
    db.update(cases).set({ country: "Iraq", countryCode: "IQ" }).where(eq(cases.id, kase.id)).run();
    expect(listCasesWithUnmatchedCountry(db)).toEqual([]);
  });
});
