import { and, asc, eq, isNotNull, isNull, lte, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { asks, cases, people } from "../schema";
import { AWAITING_ASK_STATUSES, CLOSED_ASK_STATUSES } from "../../domain/ask-status";
import { preparedPerConnection } from "../prepared";
import { readerParams, visible, type Reader } from "../visibility";

// The asks the dashboard lists: follow-ups due and asks awaiting a response.

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds `days` to a YYYY-MM-DD date. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const dashboardAskColumns = {
  id: asks.id,
  caseId: asks.caseId,
  personName: cases.personName,
  nativeName: cases.nativeName,
  officialName: people.name,
  officeAtTime: asks.officeAtTime,
  text: asks.text,
  channel: asks.channel,
  status: asks.status,
  madeOn: asks.madeOn,
  followUpOn: asks.followUpOn,
};

/**
 * The owner's follow-ups: open asks whose follow-up date has passed, is today, or falls
 * within the next `withinDays` days; soonest (most overdue) first.
 */
// The dashboard runs these on every visit: prepared once per connection (see preparedPerConnection).
const followUps = preparedPerConnection((db) =>
  db
    .select(dashboardAskColumns)
    .from(asks)
    .innerJoin(cases, eq(cases.id, asks.caseId))
    .innerJoin(people, eq(people.id, asks.officialId))
    .where(
      and(
        eq(asks.ownerId, sql.placeholder("ownerId")),
        isNotNull(asks.followUpOn),
        lte(asks.followUpOn, sql.placeholder("until")),
        notInArray(asks.status, [...CLOSED_ASK_STATUSES]),
        isNull(cases.archivedAt),
        visible("ask", "asks"),
      ),
    )
    .orderBy(asc(asks.followUpOn), asc(asks.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

export function listFollowUps(db: Db, reader: Reader, ownerId: number, opts: { today?: string; withinDays?: number; limit?: number } = {}) {
  const day = opts.today ?? today();
  const until = addDays(day, opts.withinDays ?? 14);
  return followUps(db)
    .all({ ownerId, until, limit: opts.limit ?? 10, ...readerParams(reader) })
    .map((r) => ({ ...r, overdue: r.followUpOn! < day, dueToday: r.followUpOn === day }));
}

/** Asks made or acknowledged and still without an answer, waiting longest first. */
// The status list is written out (not bound) so SQLite can use the partial index
// asks_awaiting_idx, which holds only the waiting asks in date order.
const awaitingStatuses = sql.raw(`(${AWAITING_ASK_STATUSES.map((s) => `'${s}'`).join(", ")})`);
const awaiting = preparedPerConnection((db) => {
  const select = (madeOn: SQL) =>
    db
      .select(dashboardAskColumns)
      .from(asks)
      .innerJoin(cases, eq(cases.id, asks.caseId))
      .innerJoin(people, eq(people.id, asks.officialId))
      .where(and(sql`${asks.status} in ${awaitingStatuses}`, madeOn, isNull(cases.archivedAt), visible("ask", "asks")))
      .orderBy(asc(asks.madeOn), asc(asks.id))
      .limit(sql.placeholder("limit"))
      .prepare();
  return { dated: select(isNotNull(asks.madeOn)), undated: select(isNull(asks.madeOn)) };
});

export function listAwaitingResponse(db: Db, reader: Reader, opts: { today?: string; limit?: number } = {}) {
  const day = opts.today ?? today();
  const limit = opts.limit ?? 10;
  const { dated, undated } = awaiting(db);
  const params = readerParams(reader);
  // Asks with a date come first, oldest first; then any without one.
  const first = dated.all({ limit, ...params });
  const rows = first.length < limit ? [...first, ...undated.all({ limit: limit - first.length, ...params })] : first;
  return rows.map((r) => ({ ...r, daysWaiting: r.madeOn ? Math.max(0, daysBetween(r.madeOn, day)) : null }));
}
