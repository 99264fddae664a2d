import { describe, expect, it } from "vitest";
import { newUserSchema, passwordChangeSchema, passwordField, passwordResetSchema } from "./user";

const errorOf = (value: unknown) => {
  const r = passwordField.safeParse(value);
  return r.success ? null : r.error.issues[0]?.message;
};

describe("password rules (OWASP ASVS)", () => {
  it("refuses 11 characters with a clear message", () => {
    expect(errorOf("a".repeat(11))).toBe("Password must be at least 12 characters.");
  });

  it("accepts 12 and 64 characters", () => {
    expect(errorOf("a".repeat(12))).toBeNull();
    expect(errorOf("b".repeat(64))).toBeNull();
  });

  it("accepts up to 128 characters and refuses more", () => {
    expect(errorOf("c".repeat(128))).toBeNull();
    expect(errorOf("c".repeat(129))).toBe("Password must be 128 characters or fewer.");
  });

  it("has no composition rules: lowercase only, digits only, spaces all pass", () => {
    expect(errorOf("correcthorsebattery")).toBeNull();
    expect(errorOf("123456789012")).toBeNull();
    expect(errorOf("correct horse battery staple")).toBeNull();
  });

  it("counts characters, not UTF-16 units, and keeps spaces", () => {
    expect(errorOf("🔒".repeat(11))).toBe("Password must be at least 12 characters.");
    expect(errorOf("🔒".repeat(12))).toBeNull();
    expect(errorOf("نص سري طويل جدا")).toBeNull();
    expect(passwordField.parse("  spaced out pass  ")).toBe("  spaced out pass  ");
  });

  it("refuses an empty password as missing", () => {
    expect(errorOf("")).toBe("Password is required.");
  });

  it("requires the confirmation to match, on the confirmation field", () => {
    const r = passwordResetSchema.safeParse({ password: "a long enough pass", confirmPassword: "a long enough pasS" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "The passwords do not match." });
  });

  it("new user: the same password rule applies", () => {
    const r = newUserSchema.safeParse({
      name: "Nadia",
      email: "n@example.org",
      role: "viewer",
      password: "short",
      confirmPassword: "short",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain("password");
  });

  it("own change: refuses reusing the current password", () => {
    const r = passwordChangeSchema.safeParse({
      currentPassword: "the same passphrase",
      password: "the same passphrase",
      confirmPassword: "the same passphrase",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["password"]);
  });
});
