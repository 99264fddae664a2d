import { describe, expect, it } from "vitest";
import { neutraliseCell, restoreCell } from "./csv-safety";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
  ])("prefixes a quote to %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it("leaves safe text untouched, including dangerous characters later in the text", () => {
    expect(neutraliseCell("Paul Rusesabagina")).toBe("Paul Rusesabagina");
    expect(neutraliseCell("a=b+c")).toBe("a=b+c");
    expect(neutraliseCell(" =1")).toBe(" =1");
    expect(neutraliseCell("'quoted")).toBe("'quoted");
    expect(neutraliseCell("بول روسيساباجينا")).toBe("بول روسيساباجينا");
    expect(neutraliseCell("")).toBe("");
  });

  it("writes numbers, dates and empty values as they are", () => {
    expect(neutraliseCell(42)).toBe("42");
    expect(neutraliseCell(-5)).toBe("-5");
    expect(neutraliseCell(3.5)).toBe("3.5");
    expect(neutraliseCell("2020-08-27")).toBe("2020-08-27");
    expect(neutraliseCell("2026-11-27T10:00:00.000Z")).toBe("2026-11-27T10:00:00.000Z");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(undefined)).toBe("");
  });
});

describe("restoreCell", () => {
  it("removes only the quote the export added", () => {
    for (const v of ["=1+1", "+x", "-25 years", "@me", "\tx"]) expect(restoreCell(neutraliseCell(v))).toBe(v);
    expect(restoreCell("'quoted")).toBe("'quoted");
    expect(restoreCell("'")).toBe("'");
    expect(restoreCell("plain")).toBe("plain");
  });
});
