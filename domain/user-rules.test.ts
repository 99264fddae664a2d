import { describe, expect, it } from "vitest";
import { checkAccountChange, LAST_ADMIN_MESSAGE } from "./user-rules";

const admin = { role: "admin", active: true } as const;

describe("last active admin", () => {
  it("refuses demoting or deactivating the only active admin", () => {
    expect(() => checkAccountChange(admin, { role: "campaigner", active: true }, 1)).toThrow(LAST_ADMIN_MESSAGE);
    expect(() => checkAccountChange(admin, { role: "admin", active: false }, 1)).toThrow(LAST_ADMIN_MESSAGE);
  });

  it("allows it when another active admin remains", () => {
    expect(() => checkAccountChange(admin, { role: "viewer", active: true }, 2)).not.toThrow();
  });

  it("does not concern changes to non-admins or inactive admins", () => {
    expect(() => checkAccountChange({ role: "campaigner", active: true }, { role: "viewer", active: false }, 1)).not.toThrow();
    expect(() => checkAccountChange({ role: "admin", active: false }, { role: "viewer", active: false }, 1)).not.toThrow();
  });
});
