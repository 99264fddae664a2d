import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { cases } from "../schema";
import { DomainRuleError, NotFoundError } from "../../domain/errors";
import { teamReader, visible } from "../visibility";

export const ARCHIVED_READ_ONLY = "This case is archived, so it is read-only. Restore it to change it.";

/**
 * The case as the acting user may know it: null when there is none or it is a restricted
 * case they are not on the team of, which a write must treat exactly as a missing case.
 */
export function findCaseForWrite(tx: Db | Tx, actorId: number, caseId: number) {
  return tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), visible("case", "cases", teamReader(actorId))))
    .get();
}

/**
 * Every write to a case or a record of it checks this first, in its transaction: the case
 * must exist, be known to the actor, and not be archived (an archived case is read-only
 * until restored).
 */
export function assertCaseWritable(tx: Db | Tx, caseId: number, actorId: number): void {
  const found = findCaseForWrite(tx, actorId, caseId);
  if (!found) throw new NotFoundError("That case does not exist.");
  if (found.archivedAt) throw new DomainRuleError(ARCHIVED_READ_ONLY);
}

/**
 * A change to one of a case's records (an ask, an outcome) is a change to the case: it
 * moves up the case list and shows who touched it last. The case's version stays, so an
 * open edit of the case's own fields is not refused for it.
 */
export function touchCase(tx: Tx, caseId: number, actorId: number, timestamp: string): void {
  tx.update(cases).set({ updatedAt: timestamp, updatedBy: actorId }).where(eq(cases.id, caseId)).run();
}
