import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/audit";
import { listAllUserNames } from "@/db/queries/users";
import { assertCanManageUsers, assertCanRead, canSeeConfidential, type Actor } from "@/lib/domain/permissions";

/**
 * A case's history, newest first. Viewers see only the events of the case record itself:
 * events on a case's notes, sources or contacts may describe confidential items.
 */
export function getCaseHistory(actor: Actor | null, caseId: number, limit?: number) {
  assertCanRead(actor);
  return q.listCaseAuditEvents(getDb(), caseId, canSeeConfidential(actor) ? undefined : ["case"], limit);
}

/** The whole audit trail, for admins. */
export function listAuditEvents(actor: Actor | null, filters: q.AuditFilters) {
  assertCanManageUsers(actor);
  return q.listAuditEvents(getDb(), filters);
}

export function auditFilterOptions(actor: Actor | null) {
  assertCanManageUsers(actor);
  const db = getDb();
  return { users: listAllUserNames(db), entityTypes: q.listAuditEntityTypes(db) };
}
