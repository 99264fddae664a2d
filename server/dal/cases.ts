import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/cases";
import * as writes from "@/db/queries/case-writes";
import * as caseImport from "@/db/queries/case-import";
import { findCasesNamed, type PossibleDuplicate } from "@/db/queries/case-duplicates";
import { loadTimelineFacts } from "@/db/queries/timeline";
import { countCaseRecord } from "@/db/queries/case-record-counts";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { MoveNote } from "@/domain/move-note";
import { mergeTimeline, type TimelineKind } from "@/domain/timeline";
import type { CaseStatus } from "@/domain/case-status";
import type { CreateCaseInput, UpdateCaseInput } from "@/domain/schemas/case";
import { validateImport, type ColumnMapping, type ParsedCsv } from "@/domain/schemas/case-csv";

// The data-access layer for cases: every function takes the acting user and checks
// the role before touching the database. Pages, route handlers and server actions
// call these, never the queries directly.

/**
 * One case, read once per request: the case layout, the page and its title all ask for it.
 * (React's cache lasts for one server render; server actions read afresh each call.)
 */
export const getCase = cache((actor: Actor | null, id: number) => {
  assertCanRead(actor);
  return q.findCaseById(getDb(), readerFor(actor), id);
});

export function listCases(actor: Actor | null, filters: q.CaseListFilters = {}) {
  assertCanRead(actor);
  return q.listCases(getDb(), readerFor(actor), filters);
}

export function countCasesByStatus(actor: Actor | null) {
  assertCanRead(actor);
  return q.countCasesByStatus(getDb(), readerFor(actor));
}

/** How many sources, asks (and open asks) and outcomes the case has, as the actor may see them. */
export function getCaseRecordCounts(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return countCaseRecord(getDb(), readerFor(actor), caseId);
}

export function getStatusHistory(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.listStatusHistory(getDb(), readerFor(actor), caseId);
}

/**
 * Creates the case, unless another case is already known by one of its names and the user
 * has not yet seen that: then nothing is saved and the look-alikes come back to be shown.
 */
export function createCase(
  actor: Actor | null,
  input: CreateCaseInput,
  { saveIfDuplicate = true } = {},
): { saved: true; id: number } | { saved: false; possibleDuplicates: PossibleDuplicate[] } {
  assertCanWrite(actor);
  const db = getDb();
  if (!saveIfDuplicate) {
    const possibleDuplicates = findCasesNamed(db, readerFor(actor), input);
    if (possibleDuplicates.length > 0) return { saved: false, possibleDuplicates };
  }
  return { saved: true, id: writes.insertCase(db, actor.id, input).id };
}

export function updateCase(actor: Actor | null, id: number, input: UpdateCaseInput) {
  assertCanWrite(actor);
  return writes.updateCase(getDb(), actor.id, id, input);
}

export function changeCaseStatus(actor: Actor | null, caseId: number, toStatus: CaseStatus, note: MoveNote, occurredOn?: string) {
  assertCanWrite(actor);
  return writes.recordStatusChange(getDb(), actor.id, caseId, toStatus, note, undefined, occurredOn);
}

export function getCaseTimeline(actor: Actor | null, caseId: number, kinds?: readonly TimelineKind[]) {
  assertCanRead(actor);
  return mergeTimeline(loadTimelineFacts(getDb(), readerFor(actor), caseId), kinds);
}

export function getCaseFilterOptions(actor: Actor | null) {
  assertCanRead(actor);
  return q.listCaseFilterOptions(getDb(), readerFor(actor));
}

/** Checks an uploaded CSV against the case schema and the cases already stored; writes nothing. */
export function previewCaseImport(actor: Actor | null, parsed: ParsedCsv, mapping: ColumnMapping) {
  assertCanWrite(actor);
  return validateImport(parsed, mapping, q.listCaseMatchKeys(getDb(), readerFor(actor)));
}

/** Imports every row of the CSV or none of them (see `importCases`). */
export function importCases(actor: Actor | null, parsed: ParsedCsv, mapping: ColumnMapping, fileName: string) {
  assertCanWrite(actor);
  return caseImport.importCases(getDb(), actor.id, parsed, mapping, fileName);
}
