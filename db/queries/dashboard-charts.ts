import { and, gte, isNotNull, isNull, lte, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { asks, cases } from "@/db/schema";

/**
 * Asks made between `from` and `to` (inclusive `YYYY-MM-DD` dates) with their current
 * status, on cases that are not archived. Shaped into months by lib/domain/dashboard-charts.
 */
export function listAsksMadeBetween(db: Db, from: string, to: string): { madeOn: string | null; status: string }[] {
  return db
    .select({ madeOn: asks.madeOn, status: asks.status })
    .from(asks)
    .innerJoin(cases, eq(cases.id, asks.caseId))
    .where(and(isNull(cases.archivedAt), isNotNull(asks.madeOn), gte(asks.madeOn, from), lte(asks.madeOn, to)))
    .all();
}
