import { and, count, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { asks, caseSources, outcomes, sources } from "../schema";
import { CLOSED_ASK_STATUSES } from "../../domain/ask-status";
import { readerParams, visible, type Reader } from "../visibility";

export interface CaseRecordCounts {
  sources: number;
  asks: number;
  openAsks: number;
  outcomes: number;
}

// Four counts on every case overview, prepared once (see preparedPerConnection), each of
// what the reader may see.
const countQueries = preparedPerConnection((db) => {
  const caseId = sql.placeholder("caseId");
  const caseAsks = and(eq(asks.caseId, caseId), visible("ask", "asks"));
  return {
    sources: db
      .select({ n: count() })
      .from(caseSources)
      .innerJoin(sources, eq(sources.id, caseSources.sourceId))
      .where(and(eq(caseSources.caseId, caseId), visible("source", "sources")))
      .prepare(),
    asks: db.select({ n: count() }).from(asks).where(caseAsks).prepare(),
    openAsks: db
      .select({ n: count() })
      .from(asks)
      .where(and(caseAsks, notInArray(asks.status, [...CLOSED_ASK_STATUSES])))
      .prepare(),
    outcomes: db
      .select({ n: count() })
      .from(outcomes)
      .where(and(eq(outcomes.caseId, caseId), visible("outcome", "outcomes")))
      .prepare(),
  };
});

/** How much of the advocacy record a case holds, as the reader may see it (each an indexed count on the case). */
export function countCaseRecord(db: Db, reader: Reader, caseId: number): CaseRecordCounts {
  const q = countQueries(db);
  const params = { caseId, ...readerParams(reader) };
  const n = (row: { n: number } | undefined) => row?.n ?? 0;
  return {
    sources: n(q.sources.get(params)),
    asks: n(q.asks.get(params)),
    openAsks: n(q.openAsks.get(params)),
    outcomes: n(q.outcomes.get(params)),
  };
}
