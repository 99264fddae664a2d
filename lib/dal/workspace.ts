import "server-only";
import { getDb } from "@/db/client";
import { isDemoWorkspace } from "@/db/queries/settings";
import { countUsers, insertFirstAdmin } from "@/db/queries/users";

// Facts about the workspace itself that pages need before anyone has signed in.
// They reveal no records: whether this is the demo, and whether it still needs an admin.

export function isDemo(): boolean {
  return isDemoWorkspace(getDb());
}

export function needsFirstAdmin(): boolean {
  return countUsers(getDb()) === 0;
}

/** Creates the first admin of an empty workspace; null when it already has accounts. */
export function createFirstAdmin(user: { name: string; email: string; passwordHash: string }) {
  return insertFirstAdmin(getDb(), user);
}
