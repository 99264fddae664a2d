import { describe, expect, it } from "vitest";
import { shorten } from "./shorten";

describe("shorten", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(shorten("short", 60)).toBe("short");
    expect(shorten("abcdef", 4)).toBe("abc…");
  });
});
