import { and, count, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { asks, caseSources, outcomes, sources } from "../schema";
import { CLOSED_ASK_STATUSES } from "../../lib/domain/ask-status";

export interface CaseRecordCounts {
  sources: number;
  asks: number;
  openAsks: number;
  outcomes: number;
}

// Four counts on every case overview, prepared once (see preparedPerConnection).
const countQueries = preparedPerConnection((db) => {
  const caseId = sql.placeholder("caseId");
  const linkedSources = (includeConfidential: boolean) =>
    db
      .select({ n: count() })
      .from(caseSources)
      .innerJoin(sources, eq(sources.id, caseSources.sourceId))
      .where(and(eq(caseSources.caseId, caseId), includeConfidential ? undefined : eq(sources.confidential, false)))
      .prepare();
  return {
    allSources: linkedSources(true),
    publicSources: linkedSources(false),
    asks: db.select({ n: count() }).from(asks).where(eq(asks.caseId, caseId)).prepare(),
    openAsks: db
      .select({ n: count() })
      .from(asks)
      .where(and(eq(asks.caseId, caseId), notInArray(asks.status, [...CLOSED_ASK_STATUSES])))
      .prepare(),
    outcomes: db.select({ n: count() }).from(outcomes).where(eq(outcomes.caseId, caseId)).prepare(),
  };
});

/** How much of the advocacy record a case holds (each an indexed count on the case). */
export function countCaseRecord(db: Db, caseId: number, { includeConfidential }: { includeConfidential: boolean }): CaseRecordCounts {
  const q = countQueries(db);
  const n = (row: { n: number } | undefined) => row?.n ?? 0;
  return {
    sources: n((includeConfidential ? q.allSources : q.publicSources).get({ caseId })),
    asks: n(q.asks.get({ caseId })),
    openAsks: n(q.openAsks.get({ caseId })),
    outcomes: n(q.outcomes.get({ caseId })),
  };
}
