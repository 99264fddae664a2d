import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { preparedPerConnection } from "../prepared";
import { asks, askStatusChanges, caseSources, caseStatusChanges, citations, outcomes, sources } from "../schema";
import { assertCaseWritable, touchCase } from "./case-writable";
import { NotFoundError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import { isCaseFactClaim, type ClaimKind } from "../../domain/citation-claims";
import { isConfidentialRecord, readerParams, visible, type Reader } from "../visibility";

// The one place citations are written: which of a case's sources support one claim.

const NOT_THIS_CASE_SUBJECT = "That record is not part of this case.";
const SOURCES_NOT_LINKED = "Choose sources that are linked to this case.";

/** Whether the claim's subject is a record of this case that the reader may see (a fact's subject is the case). */
function subjectOfCase(tx: Db | Tx, reader: Reader, caseId: number, claim: ClaimKind, subjectId: number): boolean {
  if (isCaseFactClaim(claim)) return subjectId === caseId;
  const of = (row: { caseId: number } | undefined) => row?.caseId === caseId;
  switch (claim) {
    case "status_change":
      return of(tx.select({ caseId: caseStatusChanges.caseId }).from(caseStatusChanges).where(eq(caseStatusChanges.id, subjectId)).get());
    case "ask":
      return of(
        tx
          .select({ caseId: asks.caseId })
          .from(asks)
          .where(and(eq(asks.id, subjectId), visible("ask", "asks", reader)))
          .get(),
      );
    case "ask_move":
      return of(
        tx
          .select({ caseId: asks.caseId })
          .from(askStatusChanges)
          .innerJoin(asks, eq(asks.id, askStatusChanges.askId))
          .where(and(eq(askStatusChanges.id, subjectId), visible("ask", "asks", reader)))
          .get(),
      );
    case "outcome":
      return of(
        tx
          .select({ caseId: outcomes.caseId })
          .from(outcomes)
          .where(and(eq(outcomes.id, subjectId), visible("outcome", "outcomes", reader)))
          .get(),
      );
  }
}

/** Refuses any source that is not linked to the case or that the reader may not see. */
function assertCitable(tx: Db | Tx, reader: Reader, caseId: number, sourceIds: number[]): void {
  if (sourceIds.length === 0) return;
  const citable = tx
    .select({ id: sources.id })
    .from(caseSources)
    .innerJoin(sources, eq(sources.id, caseSources.sourceId))
    .where(and(eq(caseSources.caseId, caseId), inArray(caseSources.sourceId, sourceIds), visible("source", "sources", reader)))
    .all();
  if (citable.length !== new Set(sourceIds).size) throw new FieldRuleError("sourceIds", SOURCES_NOT_LINKED);
}

/**
 * Sets which sources support one claim: `sourceIds` is the whole set the reader chose.
 * Citations of sources the reader may not see are left as they are (nobody writes through
 * a source hidden from them). Saving the same set again changes nothing and records
 * nothing; each source linked or unlinked is one audit event.
 */
export function setCitations(
  db: Db,
  reader: Reader,
  actorId: number,
  caseId: number,
  claim: ClaimKind,
  subjectId: number,
  sourceIds: number[],
  at?: string,
): { added: number[]; removed: number[] } {
  return db.transaction((tx) => {
    const timestamp = at ?? new Date().toISOString();
    assertCaseWritable(tx, caseId, actorId);
    if (!subjectOfCase(tx, reader, caseId, claim, subjectId)) throw new NotFoundError(NOT_THIS_CASE_SUBJECT);
    const wanted = [...new Set(sourceIds)];
    assertCitable(tx, reader, caseId, wanted);
    const current = tx
      .select({ id: citations.id, sourceId: citations.sourceId })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(and(eq(citations.claim, claim), eq(citations.subjectId, subjectId), visible("source", "sources", reader)))
      .all();
    const have = new Set(current.map((c) => c.sourceId));
    const added = wanted.filter((id) => !have.has(id));
    const removed = current.filter((c) => !wanted.includes(c.sourceId));
    if (added.length) {
      tx.insert(citations)
        .values(added.map((sourceId) => ({ caseId, claim, subjectId, sourceId, linkedBy: actorId, linkedAt: timestamp })))
        .run();
    }
    if (removed.length) {
      tx.delete(citations)
        .where(
          inArray(
            citations.id,
            removed.map((c) => c.id),
          ),
        )
        .run();
    }
    for (const [action, ids] of [
      ["cite", added],
      ["uncite", removed.map((c) => c.sourceId)],
    ] as const) {
      for (const sourceId of ids) {
        recordAudit(tx, {
          actorId,
          action,
          entityType: "source",
          entityId: sourceId,
          caseId,
          details: { claim, subjectId },
          confidential: citationIsConfidential(tx, claim, subjectId, sourceId),
        });
      }
    }
    if (added.length || removed.length) touchCase(tx, caseId, actorId, timestamp);
    return { added, removed: removed.map((c) => c.sourceId) };
  });
}

/** An audit event about a citation carries the source and the claim: confidential if either is. */
function citationIsConfidential(tx: Tx, claim: ClaimKind, subjectId: number, sourceId: number): boolean {
  if (isConfidentialRecord(tx, "source", sourceId)) return true;
  if (claim === "ask") return isConfidentialRecord(tx, "ask", subjectId);
  if (claim === "outcome") return isConfidentialRecord(tx, "outcome", subjectId);
  if (claim === "ask_move") {
    const move = tx.select({ askId: askStatusChanges.askId }).from(askStatusChanges).where(eq(askStatusChanges.id, subjectId)).get();
    return move ? isConfidentialRecord(tx, "ask", move.askId) : false;
  }
  return false;
}

/** When a source leaves a case, so do its citations of that case's claims; returns how many. */
export function removeSourceCitations(tx: Tx, caseId: number, sourceId: number): number {
  return tx
    .delete(citations)
    .where(and(eq(citations.caseId, caseId), eq(citations.sourceId, sourceId)))
    .returning({ id: citations.id })
    .all().length;
}

function citationKey(claim: ClaimKind, subjectId: number): string {
  return `${claim}:${subjectId}`;
}

export interface CitedSource {
  id: number;
  title: string;
  confidential: boolean;
}

// Read on every page of a case that shows claims: prepared once (see preparedPerConnection).
const citedSourcesOfCase = preparedPerConnection((db) =>
  db
    .select({
      claim: citations.claim,
      subjectId: citations.subjectId,
      id: sources.id,
      title: sources.title,
      confidential: sources.confidential,
    })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(and(eq(citations.caseId, sql.placeholder("caseId")), visible("citation", "citations")))
    .orderBy(asc(citations.id))
    .prepare(),
);

/**
 * The sources cited for each claim of a case, as "claim:subjectId" → sources, with the
 * titles the pages show: one read of the case's citations, not of all its sources.
 */
export function caseCitedSources(db: Db, reader: Reader, caseId: number): Map<string, CitedSource[]> {
  const rows = citedSourcesOfCase(db).all({ caseId, ...readerParams(reader) });
  const byClaim = new Map<string, CitedSource[]>();
  for (const { claim, subjectId, ...source } of rows) {
    const key = citationKey(claim, subjectId);
    byClaim.set(key, [...(byClaim.get(key) ?? []), source]);
  }
  return byClaim;
}
