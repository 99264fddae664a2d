import { describe, expect, it } from "vitest";
import { recordId } from "./fields";

describe("recordId", () => {
  it("reads a positive whole number, or its decimal digits as text", () => {
    expect(recordId.parse(7)).toBe(7);
    expect(recordId.parse("12")).toBe(12);
  });

  it("refuses anything that only coerces to a number, so no payload names a record by accident", () => {
    for (const bad of ["0x10", " 7", "7 ", "1e3", "", "0", "-1", 1.5, 0, -3, 2 ** 53, "9999999999999999999", null, true, [], {}]) {
      expect(recordId.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
