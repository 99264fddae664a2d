import "server-only";
import { getDb } from "@/db/client";
import * as cq from "@/db/queries/cases";
import * as eq from "@/db/queries/exports";
import { readerFor } from "@/db/visibility";
import { assertCanRead, type Actor } from "@/domain/permissions";
import { NotFoundError } from "@/domain/errors";
import { CASE_CSV_HEADERS, caseCsvRecord } from "@/domain/schemas/case-csv";
import { ASK_CSV_HEADERS, askCsvRecord } from "@/domain/schemas/ask-csv";
import { csvStream } from "@/server/csv-stream";
import { describeFilters, type CaseListQuery } from "@/domain/schemas/case-list";

// CSV exports: any signed-in user may export what they may read, as the visibility
// policy decides it (cases carry no confidential items in their list fields; hidden asks
// are left out). Each export is recorded in the audit trail with its filters and row
// count. The file is streamed: the matching ids are read (and the export recorded) at
// once, the rows a chunk at a time.

function stamp() {
  return new Date().toISOString().slice(0, 10);
}

export function exportCaseList(actor: Actor | null, query: CaseListQuery) {
  assertCanRead(actor);
  const db = getDb();
  const { page: _page, ...filters } = query;
  void _page;
  const reader = readerFor(actor);
  const ids = cq.listCaseIdsForExport(db, reader, filters);
  eq.recordExport(db, actor.id, "case_list", { filters: describeFilters(query), rows: ids.length });
  const body = csvStream(CASE_CSV_HEADERS, ids, (chunk) => cq.listCasesForExportByIds(db, reader, chunk), caseCsvRecord);
  return { fileName: `vigil-cases-${stamp()}.csv`, body, rows: ids.length };
}

export function exportAskList(actor: Actor | null, opts: { caseId?: number } = {}) {
  assertCanRead(actor);
  const db = getDb();
  const reader = readerFor(actor);
  if (opts.caseId !== undefined && !cq.findCaseById(db, reader, opts.caseId)) throw new NotFoundError("That case does not exist.");
  const ids = eq.listAskIdsForExport(db, reader, opts);
  eq.recordExport(
    db,
    actor.id,
    "ask_list",
    { filters: opts.caseId ? { caseId: opts.caseId } : {}, rows: ids.length, confidentialHidden: !reader.seesConfidential },
    opts.caseId,
  );
  const load = (chunk: readonly number[]) => eq.listAsksForExportByIds(db, chunk);
  const scope = opts.caseId ? `case-${opts.caseId}-asks` : "asks";
  return { fileName: `vigil-${scope}-${stamp()}.csv`, body: csvStream(ASK_CSV_HEADERS, ids, load, askCsvRecord), rows: ids.length };
}
