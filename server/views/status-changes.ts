import type { listStatusHistory } from "@/db/queries/cases";
import { CASE_STATUS_LABELS, isCaseStatus } from "@/domain/case-status";
import { formatDate, formatDateTime } from "@/domain/format-date";

/** One status change as a history list shows it (a case's, or an ask's in server/views/ask-cards). */
export interface StatusChangeView {
  id: number;
  /** "Detained → Sentenced", or "Opened as Detained" for the first. */
  change: string;
  /** The day it happened ("20 Sept 2021"). */
  happened: string;
  /** When it was recorded ("2 Dec 2026, 10:15 UTC"). */
  when: string;
  by: string;
  note: string | null;
  /** The note is confidential (only readers who may see it receive its text). */
  noteConfidential: boolean;
}

interface StatusChangeRow {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  noteConfidential: boolean;
  occurredOn: string;
  changedAt: string;
  changedByName: string;
}

/** Status changes with each status named by `label`; the first one reads "`firstAs` <status>". */
export function statusChangeViews(
  history: readonly StatusChangeRow[],
  label: (status: string) => string,
  firstAs: string,
): StatusChangeView[] {
  return history.map((h) => ({
    id: h.id,
    change: `${h.fromStatus ? `${label(h.fromStatus)} → ` : `${firstAs} `}${label(h.toStatus)}`,
    happened: formatDate(h.occurredOn),
    when: formatDateTime(h.changedAt),
    by: h.changedByName,
    note: h.note || null,
    noteConfidential: Boolean(h.note) && h.noteConfidential,
  }));
}

function caseStatusLabel(status: string) {
  return isCaseStatus(status) ? CASE_STATUS_LABELS[status] : status;
}

export function caseStatusChangeViews(history: ReturnType<typeof listStatusHistory>): StatusChangeView[] {
  return statusChangeViews(history, caseStatusLabel, "Opened as");
}
