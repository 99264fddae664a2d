import { describe, expect, it } from "vitest";
import { autoMapColumns, parseCsv, validateImport } from "./case-csv";

// What the export writes, and an export read back, are tested through the streamed
// export itself in server/dal/case-export.test.ts.

function parsed(text: string) {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("the case CSV import", () => {
  it("reports each bad row with its line number, field and reason, and offers nothing to write", () => {
    const csv = [
      "Name,Title,Country,Status,Priority,Date of arrest",
      "Ana,Case A,Peru,Detained,High,2020-01-01",
      '"Multi',
      'line",Case B,Peru,detained,low,',
      ",Case C,Peru,vanished,high,2020-02-30",
    ].join("\n");
    const file = parsed(csv);
    const result = validateImport(file, autoMapColumns(file.headers), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 5, field: "Name", message: "Name is required." },
      { line: 5, field: "Date of arrest", message: "Date of arrest must be a valid date (YYYY-MM-DD)." },
      {
        line: 5,
        field: "Status",
        message: "Status “vanished” is not known; use one of: At risk, Detained, Charged, On trial, Sentenced, Released, Closed.",
      },
    ]);
  });

  it("accepts status and priority by label or key, any case", () => {
    const file = parsed("Name,Title,Country,Status,Priority\nA,T,Peru,on trial,URGENT\nB,T,Peru,At_Risk,low");
    const result = validateImport(file, autoMapColumns(file.headers), []);
    expect(result.ok && result.candidates.map((c) => [c.input.status, c.input.priority])).toEqual([
      ["on_trial", "urgent"],
      ["at_risk", "low"],
    ]);
  });

  it("says which required column is not matched", () => {
    const file = parsed("Name,Title\nA,T");
    const result = validateImport(file, autoMapColumns(file.headers), []);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(["Country", "Status", "Priority"]);
  });

  it("skips rows matching an existing case by name and country (case and accents ignored) or by slug, and repeats in the file", () => {
    const file = parsed(
      "Name,Title,Country,Status,Priority,Slug\n" +
        "JOSÉ  Pérez,T,cote d'ivoire,detained,high,\n" +
        "Someone New,T,Peru,detained,high,old-slug\n" +
        "Fresh,T,Peru,detained,high,\n" +
        "fresh,T,PERU,detained,high,\n",
    );
    const result = validateImport(file, autoMapColumns(file.headers), [
      { slug: "jose-perez", personName: "José Pérez", country: "Côte d'Ivoire" },
      { slug: "old-slug", personName: "Renamed", country: "Chile" },
    ]);
    expect(result.ok).toBe(true);
    expect(result.candidates.map((c) => [c.line, c.skip !== null])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, true],
    ]);
  });

  it("refuses an empty file, a header-only file and malformed quoting", () => {
    expect(parseCsv("")).toMatchObject({ ok: false, error: "The file is empty." });
    expect(parseCsv("Name,Title\n")).toMatchObject({ ok: false });
    expect(parseCsv('Name\n"unclosed')).toMatchObject({ ok: false });
  });

  it("lets the user adjust the mapping: an ignored column is not read", () => {
    const file = parsed("Person,Case,Land,State,Urgency\nA,T,Peru,detained,high");
    expect(autoMapColumns(file.headers)).toEqual(["personName", null, null, null, null]);
    const result = validateImport(file, ["personName", "title", "country", "status", "priority"], []);
    expect(result.ok).toBe(true);
  });
});
