import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/users";
import { checkCurrentPassword } from "@/server/sign-in";
import { hashPassword } from "@/server/password";
import { assertNotCommonPassword } from "@/server/common-passwords";
import { assertCanManageUsers, assertCanRead, type Actor, type Role } from "@/domain/permissions";
import { NotFoundError } from "@/domain/errors";
import type { NewUserInput, PasswordChangeInput } from "@/domain/schemas/user";

// User management: admins only, except that everyone may change their own password.

export function listUsers(actor: Actor | null) {
  assertCanManageUsers(actor);
  return q.listUsers(getDb());
}

export function getUser(actor: Actor | null, id: number) {
  assertCanManageUsers(actor);
  const user = q.findUserById(getDb(), id);
  if (!user) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, active: user.active, createdAt: user.createdAt };
}

export async function createUser(actor: Actor | null, input: NewUserInput) {
  assertCanManageUsers(actor);
  await assertNotCommonPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return q.insertUser(getDb(), actor.id, { name: input.name, email: input.email, role: input.role, passwordHash });
}

export function changeUserRole(actor: Actor | null, userId: number, role: Role) {
  assertCanManageUsers(actor);
  return q.changeUserRole(getDb(), actor.id, userId, role);
}

export function setUserActive(actor: Actor | null, userId: number, active: boolean) {
  assertCanManageUsers(actor);
  return q.setUserActive(getDb(), actor.id, userId, active);
}

export async function resetUserPassword(actor: Actor | null, userId: number, password: string) {
  assertCanManageUsers(actor);
  if (!q.findUserById(getDb(), userId)) throw new NotFoundError("That user does not exist.");
  await assertNotCommonPassword(password);
  const passwordHash = await hashPassword(password);
  return q.setUserPassword(getDb(), actor.id, userId, passwordHash, "password_reset");
}

export type PasswordChangeResult = { kind: "changed" } | { kind: "invalid" } | { kind: "locked" };

/**
 * Changes the actor's own password once the current one checks out (throttled and audited
 * like a sign-in for their email, see checkCurrentPassword). Nothing changes otherwise.
 */
export async function changeOwnPassword(
  actor: Actor | null,
  input: PasswordChangeInput,
  clientAddress: string | null,
): Promise<PasswordChangeResult> {
  assertCanRead(actor);
  const db = getDb();
  const me = q.findUserById(db, actor.id);
  if (!me) throw new NotFoundError("Your account no longer exists.");
  await assertNotCommonPassword(input.password);
  const check = await checkCurrentPassword(db, me, input.currentPassword, clientAddress);
  if (check.kind !== "ok") return { kind: check.kind };
  q.setUserPassword(db, actor.id, actor.id, await hashPassword(input.password), "password_change");
  return { kind: "changed" };
}
