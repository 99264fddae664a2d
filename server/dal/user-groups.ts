import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/user-groups";
import { assertCanManageUsers, type Actor } from "@/domain/permissions";
import type { UserGroupInput } from "@/domain/schemas/team";

// Groups are managed by admins; writers pick them when naming a restricted case's team.

export function listUserGroups(actor: Actor | null) {
  assertCanManageUsers(actor);
  return q.listUserGroups(getDb());
}

export function createUserGroup(actor: Actor | null, input: UserGroupInput) {
  assertCanManageUsers(actor);
  return q.createUserGroup(getDb(), actor.id, input);
}

export function updateUserGroup(actor: Actor | null, groupId: number, input: UserGroupInput & { version: number }) {
  assertCanManageUsers(actor);
  return q.updateUserGroup(getDb(), actor.id, groupId, input);
}
