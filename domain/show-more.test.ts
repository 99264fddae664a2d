import { describe, expect, it } from "vitest";
import { shownCount } from "./show-more";

describe("shownCount", () => {
  it("starts at one step and grows in whole steps up to the maximum", () => {
    expect(shownCount(undefined, 20)).toBe(20);
    expect(shownCount("40", 20)).toBe(40);
    expect(shownCount("41", 20)).toBe(60);
    expect(shownCount(["60", "80"], 20)).toBe(60);
    expect(shownCount("999999", 20, 500)).toBe(500);
  });

  it("ignores what is not a positive whole number", () => {
    for (const bad of ["", "abc", "-40", "1e400", "2.5", null, {}]) expect(shownCount(bad, 20)).toBe(20);
  });
});
