import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { userGroupMembers, userGroups, users } from "../schema";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";

export interface UserGroup {
  id: number;
  name: string;
  version: number;
  members: { id: number; name: string }[];
}

function membersOf(tx: Db | Tx, groupId: number) {
  return tx
    .select({ id: users.id, name: users.name })
    .from(userGroupMembers)
    .innerJoin(users, eq(users.id, userGroupMembers.userId))
    .where(eq(userGroupMembers.groupId, groupId))
    .orderBy(asc(users.name))
    .all();
}

/** Every group with its members, by name. Groups hold people, not cases, so listing them reveals no case. */
export function listUserGroups(db: Db | Tx): UserGroup[] {
  return db
    .select({ id: userGroups.id, name: userGroups.name, version: userGroups.version })
    .from(userGroups)
    .orderBy(asc(userGroups.name))
    .all()
    .map((g) => ({ ...g, members: membersOf(db, g.id) }));
}

function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const taken = tx.select({ id: userGroups.id }).from(userGroups).where(sql`lower(${userGroups.name}) = lower(${name})`).get();
  if (taken && taken.id !== exceptId) throw new DomainRuleError(`There is already a group called “${name}”.`);
}

function assertActiveUsers(tx: Tx, userIds: number[]) {
  if (userIds.length === 0) return;
  const active = tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true)))
    .all();
  if (active.length !== userIds.length) throw new DomainRuleError("Only active users can be in a group.");
}

export function createUserGroup(db: Db, actorId: number, input: { name: string; memberIds: number[] }): UserGroup {
  return db.transaction((tx) => {
    const name = input.name.trim();
    assertNameFree(tx, name);
    const memberIds = [...new Set(input.memberIds)];
    assertActiveUsers(tx, memberIds);
    const group = tx.insert(userGroups).values({ name, createdBy: actorId }).returning().get();
    for (const userId of memberIds) tx.insert(userGroupMembers).values({ groupId: group.id, userId }).run();
    const members = membersOf(tx, group.id);
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "user_group",
      entityId: group.id,
      details: { name, members: members.map((m) => m.name) },
    });
    return { id: group.id, name, version: group.version, members };
  });
}

/**
 * Renames a group and sets who is in it, from the version the editor loaded. Someone taken
 * out stops seeing the cases the group is on from their next request.
 */
export function updateUserGroup(db: Db, actorId: number, groupId: number, input: { name: string; memberIds: number[]; version: number }) {
  return db.transaction((tx) => {
    const found = tx.select().from(userGroups).where(eq(userGroups.id, groupId)).get();
    if (!found) throw new NotFoundError("That group does not exist.");
    const before: UserGroup = { id: found.id, name: found.name, version: found.version, members: membersOf(tx, groupId) };
    if (found.version !== input.version) throw new StaleVersionError(before);
    const name = input.name.trim();
    assertNameFree(tx, name, groupId);
    const memberIds = [...new Set(input.memberIds)];
    assertActiveUsers(tx, memberIds);
    tx.delete(userGroupMembers)
      .where(and(eq(userGroupMembers.groupId, groupId), memberIds.length ? notInArray(userGroupMembers.userId, memberIds) : undefined))
      .run();
    for (const userId of memberIds) tx.insert(userGroupMembers).values({ groupId, userId }).onConflictDoNothing().run();
    const updated = tx
      .update(userGroups)
      .set({ name, version: sql`${userGroups.version} + 1` })
      .where(and(eq(userGroups.id, groupId), eq(userGroups.version, input.version)))
      .returning({ version: userGroups.version })
      .get();
    if (!updated) throw new StaleVersionError(before);
    const members = membersOf(tx, groupId);
    recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "user_group",
      entityId: groupId,
      details: {
        ...(before.name !== name ? { name: [before.name, name] } : {}),
        members: [before.members.map((m) => m.name), members.map((m) => m.name)],
      },
    });
    return { id: groupId, name, version: updated.version, members };
  });
}
