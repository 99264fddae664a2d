import { eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { cases } from "../schema";
import { DomainRuleError, NotFoundError } from "../../domain/errors";

export const ARCHIVED_READ_ONLY = "This case is archived, so it is read-only. Restore it to change it.";

/**
 * Every write to a case or a record of it checks this first, in its transaction: the case
 * must exist and must not be archived (an archived case is read-only until restored).
 */
export function assertCaseWritable(tx: Db | Tx, caseId: number): void {
  const found = tx.select({ archivedAt: cases.archivedAt }).from(cases).where(eq(cases.id, caseId)).get();
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
