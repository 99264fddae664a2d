/**
 * Shapes dashboard chart data. Plain TypeScript: the query returns raw rows, these
 * functions turn them into the exact numbers a chart and its data table show.
 */
import { ASK_STATUSES, type AskStatus, isAskStatus } from "./ask-status";
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from "./case-status";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type MonthKey = string; // "YYYY-MM"

/** The `count` months ending with the month of `today` (a `YYYY-MM-DD` date), oldest first. */
export function lastMonths(today: string, count = 12): MonthKey[] {
  const match = /^(\d{4})-(\d{2})/.exec(today);
  if (!match) throw new Error(`Not a date: ${today}`);
  let year = Number(match[1]);
  let month = Number(match[2]); // 1-12
  const months: MonthKey[] = [];
  for (let i = 0; i < count; i++) {
    months.unshift(`${year}-${String(month).padStart(2, "0")}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: MonthKey): string {
  const [year, m] = month.split("-");
  return `${MONTH_NAMES[Number(m) - 1]} ${year}`;
}

export type AskMonth = {
  month: MonthKey;
  label: string;
  total: number;
} & Record<AskStatus, number>;

/**
 * Asks made per month over the last `count` months ending with the month of `today`,
 * each month split by the ask's current status. Months with no asks are present with
 * zeros; asks made outside the window, not yet made, or with an unknown status are left out.
 */
export function asksMadePerMonth(rows: readonly { madeOn: string | null; status: string }[], today: string, count = 12): AskMonth[] {
  const months = lastMonths(today, count);
  const byMonth = new Map<MonthKey, AskMonth>(
    months.map((month) => [
      month,
      {
        month,
        label: monthLabel(month),
        total: 0,
        ...(Object.fromEntries(ASK_STATUSES.map((s) => [s, 0])) as Record<AskStatus, number>),
      },
    ]),
  );
  for (const row of rows) {
    if (!row.madeOn || !isAskStatus(row.status)) continue;
    const entry = byMonth.get(row.madeOn.slice(0, 7));
    if (!entry) continue;
    entry[row.status] += 1;
    entry.total += 1;
  }
  return months.map((m) => byMonth.get(m)!);
}

export type CaseStatusCount = { status: CaseStatus; label: string; count: number };

/** One entry per case status, in pipeline order, zero when no case has it. */
export function casesByStatus(counts: Readonly<Record<string, number>>): CaseStatusCount[] {
  return CASE_STATUSES.map((status) => ({ status, label: CASE_STATUS_LABELS[status], count: counts[status] ?? 0 }));
}
