import { and, gte, isNotNull, isNull, lte, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { asks, cases } from "@/db/schema";
import { preparedPerConnection } from "../prepared";
import { readerParams, visible, type Reader } from "../visibility";

// Run on every dashboard visit: prepared once per connection (see preparedPerConnection).
const asksMadeBetween = preparedPerConnection((db) =>
  db
    .select({ madeOn: asks.madeOn, status: asks.status })
    .from(asks)
    .innerJoin(cases, eq(cases.id, asks.caseId))
    .where(
      and(
        isNull(cases.archivedAt),
        isNotNull(asks.madeOn),
        gte(asks.madeOn, sql.placeholder("from")),
        lte(asks.madeOn, sql.placeholder("to")),
        visible("ask", "asks"),
      ),
    )
    .prepare(),
);

/**
 * Asks made between `from` and `to` (inclusive `YYYY-MM-DD` dates) with their current
 * status, on cases that are not archived, that the reader may see. Shaped into months by
 * domain/dashboard-charts.
 */
export function listAsksMadeBetween(db: Db, reader: Reader, from: string, to: string): { madeOn: string | null; status: string }[] {
  return asksMadeBetween(db).all({ from, to, ...readerParams(reader) });
}
