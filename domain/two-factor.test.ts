import { describe, expect, it } from "vitest";
import { isFreshStep, isTwoFactorRequired, parseTwoFactorPolicy, readTypedCode, recoveryCodeFromBytes } from "./two-factor";

describe("recovery codes", () => {
  it("are ten characters in two groups, from an alphabet without look-alike letters", () => {
    const code = recoveryCodeFromBytes(Uint8Array.from({ length: 10 }, (_, i) => i * 29));
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
  });

  it("need enough random bytes", () => {
    expect(() => recoveryCodeFromBytes(new Uint8Array(4))).toThrow(/10 random bytes/);
  });

  it("are read back however they were typed", () => {
    const code = recoveryCodeFromBytes(Uint8Array.from({ length: 10 }, (_, i) => 200 + i));
    expect(readTypedCode(code.toUpperCase().replace("-", " "))).toEqual({ kind: "recovery", code });
    expect(readTypedCode(` ${code.replace("-", "")} `)).toEqual({ kind: "recovery", code });
  });
});

describe("typed codes", () => {
  it("reads six digits as an app's code, spaces allowed", () => {
    expect(readTypedCode("123 456")).toEqual({ kind: "totp", code: "123456" });
  });

  it("refuses anything else", () => {
    for (const typed of ["", "12345", "1234567", "abcde", "ilo00-00000", "12345-6789"]) {
      expect(readTypedCode(typed)).toEqual({ kind: "malformed" });
    }
  });
});

describe("a code's time step", () => {
  it("is accepted only after the last one used", () => {
    expect(isFreshStep(100, null)).toBe(true);
    expect(isFreshStep(101, 100)).toBe(true);
    expect(isFreshStep(100, 100)).toBe(false);
    expect(isFreshStep(99, 100)).toBe(false);
  });
});

describe("the two-factor requirement", () => {
  it("applies to the roles stored", () => {
    const policy = parseTwoFactorPolicy('["admin","viewer"]');
    expect(isTwoFactorRequired(policy, "admin")).toBe(true);
    expect(isTwoFactorRequired(policy, "viewer")).toBe(true);
    expect(isTwoFactorRequired(policy, "campaigner")).toBe(false);
  });

  it("requires nothing when unset or unreadable", () => {
    for (const stored of [null, "", "{", '"admin"', '["owner"]']) expect(parseTwoFactorPolicy(stored)).toEqual([]);
  });
});
