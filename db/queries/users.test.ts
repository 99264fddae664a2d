import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { auditEvents, type User } from "../schema";
import { changeUserRole, findUserById, insertUser, setUserActive, setUserPassword } from "./users";
import { DuplicateEmailError } from "../../domain/errors";
import { LAST_ADMIN_MESSAGE } from "../../domain/user-rules";
import { sessionEpochRefusal } from "../../domain/session-rules";

let db: Db;
let admin: User;
let other: User;

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  admin = insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: "x" });
  other = insertUser(db, admin.id, { email: "carla@example.org", name: "Carla", role: "campaigner", passwordHash: "x" });
});

const eventsFor = (userId: number) =>
  db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, userId))
    .all()
    .filter((e) => e.entityType === "user");

describe("user management", () => {
  it("refuses a second account with the same email, whatever its case", () => {
    expect(() => insertUser(db, admin.id, { email: "CARLA@example.org", name: "C2", role: "viewer", passwordHash: "x" })).toThrow(
      DuplicateEmailError,
    );
  });

  it("audits a role change with from and to", () => {
    changeUserRole(db, admin.id, other.id, "viewer");
    expect(findUserById(db, other.id)?.role).toBe("viewer");
    const event = eventsFor(other.id).find((e) => e.action === "role_change");
    expect(event?.actorId).toBe(admin.id);
    expect(JSON.parse(event!.details)).toEqual({ role: ["campaigner", "viewer"] });
  });

  it("the last active admin cannot demote or deactivate themself", () => {
    expect(() => changeUserRole(db, admin.id, admin.id, "campaigner")).toThrow(LAST_ADMIN_MESSAGE);
    expect(() => setUserActive(db, admin.id, admin.id, false)).toThrow(LAST_ADMIN_MESSAGE);
    expect(findUserById(db, admin.id)).toMatchObject({ role: "admin", active: true });
    expect(eventsFor(admin.id).map((e) => e.action)).toEqual(["create"]);
  });

  it("an admin may step down once another active admin exists", () => {
    changeUserRole(db, admin.id, other.id, "admin");
    changeUserRole(db, admin.id, admin.id, "viewer");
    expect(findUserById(db, admin.id)?.role).toBe("viewer");
  });

  it("a deactivated admin does not count as the remaining admin", () => {
    changeUserRole(db, admin.id, other.id, "admin");
    setUserActive(db, admin.id, other.id, false);
    expect(() => setUserActive(db, admin.id, admin.id, false)).toThrow(LAST_ADMIN_MESSAGE);
  });

  it("deactivation is audited and ends open sessions; reactivation does not revive them", () => {
    const sessionIssued = Date.parse("2026-03-01T09:00:00Z");
    setUserActive(db, admin.id, other.id, false, new Date("2026-03-01T10:00:00Z"));
    setUserActive(db, admin.id, other.id, true, new Date("2026-03-01T11:00:00Z"));
    const after = findUserById(db, other.id)!;
    expect(after.active).toBe(true);
    expect(sessionEpochRefusal({ issuedAt: sessionIssued }, after.sessionsValidFrom)).toBe("revoked");
    expect(eventsFor(other.id).map((e) => [e.action, JSON.parse(e.details)])).toEqual([
      ["create", { email: "carla@example.org", role: "campaigner" }],
      ["deactivate", { active: [true, false] }],
      ["reactivate", { active: [false, true] }],
    ]);
  });

  it("a password reset ends sessions opened before it, not after, and never audits the hash", () => {
    const at = new Date("2026-03-01T10:00:00Z");
    setUserPassword(db, admin.id, other.id, "new-hash", "password_reset", at);
    const after = findUserById(db, other.id)!;
    expect(after.passwordHash).toBe("new-hash");
    expect(sessionEpochRefusal({ issuedAt: at.getTime() - 1 }, after.sessionsValidFrom)).toBe("revoked");
    expect(sessionEpochRefusal({ issuedAt: at.getTime() + 1 }, after.sessionsValidFrom)).toBeNull();
    const event = eventsFor(other.id).find((e) => e.action === "password_reset")!;
    expect(event.details).not.toContain("new-hash");
  });
});
