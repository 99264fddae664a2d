import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/case-archive";
import { readerFor } from "@/db/visibility";
import { assertCanManageUsers, assertCanRead, assertCanWrite, PermissionError, type Actor } from "@/domain/permissions";

export function archiveCase(actor: Actor | null, caseId: number) {
  assertCanWrite(actor);
  q.archiveCase(getDb(), actor.id, caseId);
}

export function restoreCase(actor: Actor | null, caseId: number) {
  assertCanWrite(actor);
  q.restoreCase(getDb(), actor.id, caseId);
}

export function listArchivedCases(actor: Actor | null) {
  assertCanRead(actor);
  return q.listArchivedCases(getDb(), readerFor(actor));
}

/** Permanent deletion: admins only, of an archived case, confirmed by typing the name. */
export function deleteArchivedCase(actor: Actor | null, caseId: number, confirmName: string) {
  if (actor && actor.role !== "admin") throw new PermissionError("Only an admin can delete a case for good.");
  assertCanManageUsers(actor);
  q.deleteArchivedCase(getDb(), actor.id, caseId, confirmName);
}
