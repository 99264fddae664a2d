import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, cases } from "../schema";
import { insertUser } from "./users";
import { setupDb } from "./test-fixtures";
import { setCaseTeam } from "./case-team";
import { findCaseById } from "./cases";
import { createUserGroup, listUserGroups, updateUserGroup } from "./user-groups";
import { DomainRuleError, StaleVersionError } from "../../domain/errors";

function setup() {
  const { db, campaigner, viewer, kase } = setupDb();
  const admin = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  return { db, campaigner, viewer, kase, admin };
}

describe("user groups", () => {
  it("creates a group with its members and records who did it", () => {
    const { db, campaigner, viewer, admin } = setup();
    const group = createUserGroup(db, admin.id, { name: " Iran team ", memberIds: [campaigner.id, viewer.id, viewer.id] });
    expect(group.name).toBe("Iran team");
    expect(listUserGroups(db)).toEqual([{ id: group.id, name: "Iran team", version: 1, members: [group.members[0], group.members[1]] }]);
    expect(group.members.map((m) => m.name)).toEqual(["Carla", "Vic"]);
    const event = db.select().from(auditEvents).where(eq(auditEvents.entityType, "user_group")).get();
    expect(event?.actorId).toBe(admin.id);
    expect(JSON.parse(event?.details ?? "{}")).toEqual({ name: "Iran team", members: ["Carla", "Vic"] });
  });

  it("refuses a second group of the same name, whatever its case", () => {
    const { db, admin } = setup();
    createUserGroup(db, admin.id, { name: "Legal", memberIds: [] });
    expect(() => createUserGroup(db, admin.id, { name: "legal", memberIds: [] })).toThrow(DomainRuleError);
  });

  it("refuses a deactivated user as a member", () => {
    const { db, admin } = setup();
    const gone = insertUser(db, null, { email: "g@example.org", name: "Gone", role: "campaigner", passwordHash: "x" });
    db.run(`UPDATE users SET active = 0 WHERE id = ${gone.id}`);
    expect(() => createUserGroup(db, admin.id, { name: "Legal", memberIds: [gone.id] })).toThrow("Only active users");
  });

  it("sets members from the loaded version and refuses a stale one", () => {
    const { db, campaigner, viewer, admin } = setup();
    const group = createUserGroup(db, admin.id, { name: "Legal", memberIds: [campaigner.id] });
    const updated = updateUserGroup(db, admin.id, group.id, { name: "Legal", memberIds: [viewer.id], version: 1 });
    expect(updated.members.map((m) => m.name)).toEqual(["Vic"]);
    expect(() => updateUserGroup(db, admin.id, group.id, { name: "Legal", memberIds: [], version: 1 })).toThrow(StaleVersionError);
  });

  it("someone taken out of a group stops seeing the restricted cases the group is on", () => {
    const { db, campaigner, viewer, kase, admin } = setup();
    const group = createUserGroup(db, admin.id, { name: "Legal", memberIds: [campaigner.id, viewer.id] });
    const version = db.select({ v: cases.version }).from(cases).where(eq(cases.id, kase.id)).get()!.v;
    setCaseTeam(db, { id: campaigner.id, role: "campaigner" }, kase.id, { restricted: true, memberIds: [], groupIds: [group.id], version });
    const asViewer = { userId: viewer.id, seesConfidential: false };
    expect(findCaseById(db, asViewer, kase.id)).not.toBeNull();
    updateUserGroup(db, admin.id, group.id, { name: "Legal", memberIds: [campaigner.id], version: 1 });
    expect(findCaseById(db, asViewer, kase.id)).toBeNull();
  });
});
