import "server-only";
import { getDb } from "@/db/client";
import { countCasesByStatus } from "@/db/queries/cases";
import { listAsksMadeBetween } from "@/db/queries/dashboard-charts";
import { asksMadePerMonth, casesByStatus, lastMonths } from "@/lib/domain/dashboard-charts";
import { assertCanRead, type Actor } from "@/lib/domain/permissions";

// Dashboard charts show counts only (no names, no confidential fields), so every
// signed-in role may read them.

export function getCaseStatusChart(actor: Actor | null) {
  assertCanRead(actor);
  return casesByStatus(countCasesByStatus(getDb()));
}

/** Asks made in the last 12 months (ending with this month, UTC), by month and current status. */
export function getAsksPerMonthChart(actor: Actor | null, today = new Date().toISOString().slice(0, 10)) {
  assertCanRead(actor);
  const months = lastMonths(today);
  const rows = listAsksMadeBetween(getDb(), `${months[0]}-01`, `${months[months.length - 1]}-31`);
  return asksMadePerMonth(rows, today);
}
