import { and, eq, inArray, isNotNull, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import {
  askStatusChanges,
  asks,
  auditEvents,
  caseNotes,
  cases,
  caseSources,
  caseStatusChanges,
  citations,
  caseAccessRequests,
  caseWatchers,
  notifications,
  caseTeamGroups,
  caseTeamMembers,
  outcomes,
  people,
  sources,
} from "../schema";
import { isConfidentialRecord, visible, type Reader } from "../visibility";
import { findCaseForWrite } from "./case-writable";
import { DomainRuleError, NotFoundError } from "../../domain/errors";

// Cases are archived and restored, not deleted: archiving hides a case from lists and
// the dashboard but keeps every record. Only an admin can delete an archived case for good.

export function archiveCase(db: Db, actorId: number, caseId: number): void {
  db.transaction((tx) => {
    const found = findCaseForWrite(tx, actorId, caseId);
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
    const found = findCaseForWrite(tx, actorId, caseId);
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

export function listArchivedCases(db: Db, reader: Reader) {
  return db
    .select({ id: cases.id, personName: cases.personName, title: cases.title, country: cases.country, archivedAt: cases.archivedAt })
    .from(cases)
    .where(and(isNotNull(cases.archivedAt), visible("case", "cases", reader)))
    .orderBy(sql`${cases.archivedAt} desc`)
    .all();
}

/**
 * Deletes an archived case and everything that belongs only to it: status history, notes,
 * asks with their moves, outcomes, source links, the case's own contacts, and its
 * confidential sources that no other case uses. Shared records (other sources, officials)
 * stay. The audit trail keeps the deletion, with who and when; events that carried the
 * values of the case's confidential records are redacted (see redactConfidentialEvents),
 * and the write-ahead log is checkpointed, so those values are gone from the files too.
 */
export function deleteArchivedCase(db: Db, actorId: number, caseId: number, confirmName: string): void {
  db.transaction((tx) => {
    const found = findCaseForWrite(tx, actorId, caseId);
    if (!found) throw new NotFoundError("That case does not exist.");
    if (!found.archivedAt) throw new DomainRuleError("Archive the case before deleting it.");
    if (confirmName.trim() !== found.personName) {
      throw new DomainRuleError("Type the person's name exactly as shown to confirm the deletion.");
    }
    const confidential = confidentialRecordsOf(tx, caseId, found.restricted);
    const caseAsks = tx
      .select({ id: asks.id })
      .from(asks)
      .where(eq(asks.caseId, caseId))
      .all()
      .map((a) => a.id);
    const caseOutcomes = tx
      .select({ id: outcomes.id })
      .from(outcomes)
      .where(eq(outcomes.caseId, caseId))
      .all()
      .map((o) => o.id);
    tx.delete(citations).where(eq(citations.caseId, caseId)).run();
    tx.delete(outcomes).where(eq(outcomes.caseId, caseId)).run();
    if (caseAsks.length) tx.delete(askStatusChanges).where(inArray(askStatusChanges.askId, caseAsks)).run();
    tx.delete(asks).where(eq(asks.caseId, caseId)).run();
    tx.delete(caseSources).where(eq(caseSources.caseId, caseId)).run();
    if (confidential.source.length) tx.delete(sources).where(inArray(sources.id, confidential.source)).run();
    tx.delete(caseStatusChanges).where(eq(caseStatusChanges.caseId, caseId)).run();
    tx.delete(caseNotes).where(eq(caseNotes.caseId, caseId)).run();
    // The case's own contacts go with it, unless an ask elsewhere was addressed to them.
    const addressed = tx
      .select({ id: asks.officialId })
      .from(asks)
      .all()
      .map((a) => a.id);
    confidential.person = confidential.person.filter((id) => !addressed.includes(id));
    tx.delete(people)
      .where(and(eq(people.caseId, caseId), eq(people.kind, "contact"), addressed.length ? notInArray(people.id, addressed) : undefined))
      .run();
    tx.update(people).set({ caseId: null }).where(eq(people.caseId, caseId)).run();
    tx.delete(caseTeamMembers).where(eq(caseTeamMembers.caseId, caseId)).run();
    tx.delete(caseTeamGroups).where(eq(caseTeamGroups.caseId, caseId)).run();
    tx.delete(caseAccessRequests).where(eq(caseAccessRequests.caseId, caseId)).run();
    tx.delete(notifications).where(eq(notifications.caseId, caseId)).run();
    tx.delete(caseWatchers).where(eq(caseWatchers.caseId, caseId)).run();
    tx.delete(cases)
      .where(and(eq(cases.id, caseId), isNotNull(cases.archivedAt)))
      .run();
    // Once the case is gone its events are shown to those who may read the audit trail, so
    // a restricted case's are all redacted, and its deletion does not name it.
    const redacted = redactConfidentialEvents(tx, caseId, confidential, found.restricted);
    recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: {
        ...(found.restricted ? { restricted: true } : { personName: found.personName, title: found.title }),
        asks: caseAsks.length,
        outcomes: caseOutcomes.length,
        redactedEvents: redacted,
      },
    });
  });
  // The deleted pages' old images stay in the write-ahead log until it is checkpointed.
  checkpointWal(db);
}

type ConfidentialRecords = Record<"source" | "person" | "note" | "ask" | "outcome", number[]>;

/** The case's records that are confidential (db/visibility.ts), and its confidential sources no other case uses. */
function confidentialRecordsOf(tx: Tx, caseId: number, restricted: boolean): ConfidentialRecords {
  // Everything of a restricted case was need-to-know: it is all treated as confidential.
  const ids = (rows: { id: number }[], kind: keyof ConfidentialRecords) =>
    rows.map((r) => r.id).filter((id) => restricted || isConfidentialRecord(tx, kind, id));
  const onlyHere = tx
    .select({ id: sources.id })
    .from(sources)
    .where(
      and(
        sql`${sources.id} in (select source_id from case_sources where case_id = ${caseId})`,
        sql`${sources.id} not in (select source_id from case_sources where case_id <> ${caseId})`,
        sql`${sources.id} not in (select source_id from citations where case_id <> ${caseId})`,
      ),
    )
    .all();
  return {
    source: ids(onlyHere, "source"),
    person: ids(
      tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.caseId, caseId), eq(people.kind, "contact")))
        .all(),
      "person",
    ),
    note: ids(tx.select({ id: caseNotes.id }).from(caseNotes).where(eq(caseNotes.caseId, caseId)).all(), "note"),
    ask: ids(tx.select({ id: asks.id }).from(asks).where(eq(asks.caseId, caseId)).all(), "ask"),
    outcome: ids(tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.caseId, caseId)).all(), "outcome"),
  };
}

/**
 * Redacts, once, every event that carried confidential values of the deleted case (marked
 * so when written) or that concerns one of its deleted confidential records: each value
 * of `details` becomes REDACTED, keeping which fields there were. Who, when, what was done
 * and to which record stay. This is the one change the append-only trigger allows.
 */
function redactConfidentialEvents(tx: Tx, caseId: number, confidential: ConfidentialRecords, everyEventOfCase: boolean): number {
  const byRecord = (Object.entries(confidential) as [keyof ConfidentialRecords, number[]][])
    .filter(([, ids]) => ids.length > 0)
    .map(([kind, ids]) => and(eq(auditEvents.entityType, kind), inArray(auditEvents.entityId, ids)));
  const events = tx
    .select({ id: auditEvents.id, details: auditEvents.details })
    .from(auditEvents)
    .where(
      and(
        isNull(auditEvents.redactedAt),
        or(and(eq(auditEvents.caseId, caseId), everyEventOfCase ? undefined : eq(auditEvents.confidential, true)), ...byRecord),
      ),
    )
    .all();
  const now = new Date().toISOString();
  for (const event of events) {
    tx.update(auditEvents)
      .set({ details: redactDetails(event.details), redactedAt: now })
      .where(eq(auditEvents.id, event.id))
      .run();
  }
  return events.length;
}

export const REDACTED = "[redacted]";

/** `{"title": "…", "note": "…"}` → `{"title": "[redacted]", "note": "[redacted]"}`. */
export function redactDetails(details: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return "{}";
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return "{}";
  return JSON.stringify(Object.fromEntries(Object.keys(parsed).map((key) => [key, REDACTED])));
}

/** Copies the write-ahead log into the database and empties it, retrying while a reader holds it. */
function checkpointWal(db: Db): void {
  for (let attempt = 0; attempt < 20; attempt++) {
    const [result] = db.$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
    if (!result || result.busy === 0) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  console.warn("The write-ahead log could not be emptied after a deletion: a reader held it. It is emptied at the next checkpoint.");
}
