import "server-only";
import { getDb } from "@/db/client";
import { isDemoWorkspace, readLockdown, setLockdown } from "@/db/queries/settings";
import { assertCanManageUsers, type Actor } from "@/domain/permissions";
import type { LockdownMode } from "@/domain/lockdown";
import { countUsers, insertFirstAdmin } from "@/db/queries/users";
import { assertNotCommonPassword } from "@/server/common-passwords";
import { hashPassword } from "@/server/password";

// Facts about the workspace itself that pages need before anyone has signed in.
// They reveal no records: whether this is the demo, and whether it still needs an admin.

export function isDemo(): boolean {
  return isDemoWorkspace(getDb());
}

export function needsFirstAdmin(): boolean {
  return countUsers(getDb()) === 0;
}

/** Creates the first admin of an empty workspace; null when it already has accounts. */
export async function createFirstAdmin(user: { name: string; email: string; password: string }) {
  await assertNotCommonPassword(user.password);
  return insertFirstAdmin(getDb(), { name: user.name, email: user.email, passwordHash: await hashPassword(user.password) });
}

/** The workspace's lockdown mode: shown in every page's banner and checked by every action. */
export function lockdownMode(): LockdownMode {
  return readLockdown(getDb());
}

/** An admin switches the lockdown mode (audited); admins-only also ends everyone else's sessions. */
export function switchLockdown(actor: Actor | null, mode: LockdownMode): { sessionsEnded: number } {
  assertCanManageUsers(actor);
  return setLockdown(getDb(), actor.id, mode);
}
