import { and, eq, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { askStatusChanges, asks, caseNotes, cases, caseSources, caseStatusChanges, outcomeSources, outcomes, people } from "../schema";
import { DomainRuleError, NotFoundError } from "../../lib/domain/errors";

// Cases are archived and restored, not deleted: archiving hides a case from lists and
// the dashboard but keeps every record. Only an admin can delete an archived case for good.

export function archiveCase(db: Db, actorId: number, caseId: number): void {
  db.transaction((tx) => {
    const found = tx.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!found) throw new NotFoundError("That case does not exist.");
    if (found.archivedAt) throw new DomainRuleError("This case is already archived.");
    const now = new Date().toISOString();
    tx.update(cases)
      .set({ archivedAt: now, updatedAt: now, updatedBy: actorId, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId))
      .run();
    recordAudit(tx, { actorId, action: "archive", entityType: "case", entityId: caseId, caseId });
  });
}

export function restoreCase(db: Db, actorId: number, caseId: number): void {
  db.transaction((tx) => {
    const found = tx.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!found) throw new NotFoundError("That case does not exist.");
    if (!found.archivedAt) throw new DomainRuleError("This case is not archived.");
    const now = new Date().toISOString();
    tx.update(cases)
      .set({ archivedAt: null, updatedAt: now, updatedBy: actorId, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId))
      .run();
    recordAudit(tx, { actorId, action: "restore", entityType: "case", entityId: caseId, caseId });
  });
}

export function listArchivedCases(db: Db) {
  return db
    .select({ id: cases.id, personName: cases.personName, title: cases.title, country: cases.country, archivedAt: cases.archivedAt })
    .from(cases)
    .where(isNotNull(cases.archivedAt))
    .orderBy(sql`${cases.archivedAt} desc`)
    .all();
}

/**
 * Deletes an archived case and everything that belongs only to it: status history, notes,
 * asks with their moves, outcomes, source links and the case's own contacts. Shared
 * records (sources, officials) stay. The audit trail keeps the deletion, with who and when.
 */
export function deleteArchivedCase(db: Db, actorId: number, caseId: number, confirmName: string): void {
  db.transaction((tx) => {
    const found = tx.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!found) throw new NotFoundError("That case does not exist.");
    if (!found.archivedAt) throw new DomainRuleError("Archive the case before deleting it.");
    if (confirmName.trim() !== found.personName) {
      throw new DomainRuleError("Type the person's name exactly as shown to confirm the deletion.");
    }
    const caseAsks = tx.select({ id: asks.id }).from(asks).where(eq(asks.caseId, caseId)).all().map((a) => a.id);
    const caseOutcomes = tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.caseId, caseId)).all().map((o) => o.id);
    if (caseOutcomes.length) tx.delete(outcomeSources).where(inArray(outcomeSources.outcomeId, caseOutcomes)).run();
    tx.delete(outcomes).where(eq(outcomes.caseId, caseId)).run();
    if (caseAsks.length) tx.delete(askStatusChanges).where(inArray(askStatusChanges.askId, caseAsks)).run();
    tx.delete(asks).where(eq(asks.caseId, caseId)).run();
    tx.delete(caseSources).where(eq(caseSources.caseId, caseId)).run();
    tx.delete(caseStatusChanges).where(eq(caseStatusChanges.caseId, caseId)).run();
    tx.delete(caseNotes).where(eq(caseNotes.caseId, caseId)).run();
    // The case's own contacts go with it, unless an ask elsewhere was addressed to them.
    const addressed = tx.select({ id: asks.officialId }).from(asks).all().map((a) => a.id);
    tx.delete(people)
      .where(and(eq(people.caseId, caseId), eq(people.kind, "contact"), addressed.length ? notInArray(people.id, addressed) : undefined))
      .run();
    tx.update(people).set({ caseId: null }).where(eq(people.caseId, caseId)).run();
    tx.delete(cases).where(and(eq(cases.id, caseId), isNotNull(cases.archivedAt))).run();
    recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: { personName: found.personName, title: found.title, asks: caseAsks.length, outcomes: caseOutcomes.length },
    });
  });
}

export function isArchived(db: Db, caseId: number): boolean {
  return Boolean(db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, caseId), isNotNull(cases.archivedAt))).get());
}

