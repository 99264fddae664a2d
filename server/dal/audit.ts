import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/audit";
import { listAllUserNames } from "@/db/queries/users";
import { readerFor } from "@/db/visibility";
import { assertCanManageUsers, assertCanRead, type Actor } from "@/domain/permissions";

/** A case's history, newest first: the events the visibility policy lets the actor read. */
export function getCaseHistory(actor: Actor | null, caseId: number, limit?: number) {
  assertCanRead(actor);
  return q.listCaseAuditEvents(getDb(), readerFor(actor), caseId, limit);
}

/** The whole audit trail, for admins. */
export function listAuditEvents(actor: Actor | null, filters: q.AuditFilters) {
  assertCanManageUsers(actor);
  return q.listAuditEvents(getDb(), readerFor(actor), filters);
}

export function auditFilterOptions(actor: Actor | null) {
  assertCanManageUsers(actor);
  const db = getDb();
  return { users: listAllUserNames(db), entityTypes: q.listAuditEntityTypes(db) };
}
export type { AuditEventRow } from "@/db/queries/audit";
