import "server-only";
import { getDb } from "@/db/client";
import * as cq from "@/db/queries/cases";
import * as eq from "@/db/queries/exports";
import { assertCanRead, canSeeConfidential, type Actor } from "@/lib/domain/permissions";
import { NotFoundError } from "@/lib/domain/errors";
import { casesToCsv } from "@/lib/validation/case-csv";
import { asksToCsv } from "@/lib/validation/ask-csv";
import { describeFilters, type CaseListQuery } from "@/lib/validation/case-list";

// CSV exports: any signed-in user may export what they may read. Each export is
// recorded in the audit trail with its filters and row count. Cases carry no
// confidential items in their list fields; officials marked confidential are
// replaced by a placeholder for those who may not see them.

export const CONFIDENTIAL_OFFICIAL = "Confidential official";

function stamp() {
  return new Date().toISOString().slice(0, 10);
}

export function exportCaseList(actor: Actor | null, query: CaseListQuery) {
  assertCanRead(actor);
  const db = getDb();
  const { page: _page, ...filters } = query;
  void _page;
  const rows = cq.listCasesForExport(db, filters);
  eq.recordExport(db, actor.id, "case_list", { filters: describeFilters(query), rows: rows.length });
  return { fileName: `vigil-cases-${stamp()}.csv`, body: casesToCsv(rows), rows: rows.length };
}

export function exportAskList(actor: Actor | null, opts: { caseId?: number } = {}) {
  assertCanRead(actor);
  const db = getDb();
  if (opts.caseId !== undefined && !cq.findCaseById(db, opts.caseId)) throw new NotFoundError("That case does not exist.");
  const showConfidential = canSeeConfidential(actor);
  const rows = eq.listAsksForExport(db, opts).map((r) =>
    r.officialConfidential && !showConfidential ? { ...r, officialName: CONFIDENTIAL_OFFICIAL, officeAtTime: "" } : r,
  );
  eq.recordExport(
    db,
    actor.id,
    "ask_list",
    { filters: opts.caseId ? { caseId: opts.caseId } : {}, rows: rows.length, confidentialHidden: !showConfidential },
    opts.caseId,
  );
  const scope = opts.caseId ? `case-${opts.caseId}-asks` : "asks";
  return { fileName: `vigil-${scope}-${stamp()}.csv`, body: asksToCsv(rows), rows: rows.length };
}
