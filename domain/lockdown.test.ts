import { describe, expect, it } from "vitest";
import { maySignIn, parseLockdownMode } from "./lockdown";

describe("lockdown", () => {
  it("reads a stored mode, and anything else as off", () => {
    expect(parseLockdownMode("read-only")).toBe("read-only");
    expect(parseLockdownMode("admins-only")).toBe("admins-only");
    expect(parseLockdownMode(null)).toBe("off");
    expect(parseLockdownMode("everyone-out")).toBe("off");
  });

  it("keeps only admins signed in while admins-only", () => {
    expect(maySignIn("admins-only", "admin")).toBe(true);
    expect(maySignIn("admins-only", "campaigner")).toBe(false);
    expect(maySignIn("admins-only", "viewer")).toBe(false);
    expect(maySignIn("read-only", "viewer")).toBe(true);
    expect(maySignIn("off", "viewer")).toBe(true);
  });
});
