import { and, count, eq, notInArray } from "drizzle-orm";
import type { Db } from "../client";
import { asks, caseSources, outcomes, sources } from "../schema";
import { CLOSED_ASK_STATUSES } from "../../lib/domain/ask-status";

export interface CaseRecordCounts {
  sources: number;
  asks: number;
  openAsks: number;
  outcomes: number;
}

/** How much of the advocacy record a case holds (each an indexed count on the case). */
export function countCaseRecord(db: Db, caseId: number, { includeConfidential }: { includeConfidential: boolean }): CaseRecordCounts {
  const n = (row: { n: number } | undefined) => row?.n ?? 0;
  return {
    sources: n(
      db
        .select({ n: count() })
        .from(caseSources)
        .innerJoin(sources, eq(sources.id, caseSources.sourceId))
        .where(and(eq(caseSources.caseId, caseId), includeConfidential ? undefined : eq(sources.confidential, false)))
        .get(),
    ),
    asks: n(db.select({ n: count() }).from(asks).where(eq(asks.caseId, caseId)).get()),
    openAsks: n(
      db
        .select({ n: count() })
        .from(asks)
        .where(and(eq(asks.caseId, caseId), notInArray(asks.status, [...CLOSED_ASK_STATUSES])))
        .get(),
    ),
    outcomes: n(db.select({ n: count() }).from(outcomes).where(eq(outcomes.caseId, caseId)).get()),
  };
}
