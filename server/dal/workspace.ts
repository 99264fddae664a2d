import "server-only";
import { getDb } from "@/db/client";
import { isDemoWorkspace } from "@/db/queries/settings";
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
