import "server-only";
import { getDb } from "@/db/client";
import { countCasesByStatus } from "@/db/queries/cases";
import { listAsksMadeBetween } from "@/db/queries/dashboard-charts";
import { asksMadePerMonth, casesByStatus, lastMonths } from "@/domain/dashboard-charts";
import { assertCanRead, type Actor } from "@/domain/permissions";
import { readerFor } from "@/db/visibility";

// Dashboard charts show counts only (no names), so every signed-in role may read them;
// what they count is what the reader may see.

export function getCaseStatusChart(actor: Actor | null) {
  assertCanRead(actor);
  return casesByStatus(countCasesByStatus(getDb(), readerFor(actor)));
}

/** Asks made in the last 12 months (ending with this month, UTC), by month and current status. */
export function getAsksPerMonthChart(actor: Actor | null, today = new Date().toISOString().slice(0, 10)) {
  assertCanRead(actor);
  const months = lastMonths(today);
  const rows = listAsksMadeBetween(getDb(), readerFor(actor), `${months[0]}-01`, `${months[months.length - 1]}-31`);
  return asksMadePerMonth(rows, today);
}
