import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { askStatusChanges, asks, cases, caseSources, caseStatusChanges, outcomes, people, sources } from "../schema";
import type { TimelineFact } from "../../domain/timeline";
import { noteText, readerParams, visible, type Reader } from "../visibility";

const caseIdParam = sql.placeholder("caseId");

// The timeline's reads, prepared once per connection (see preparedPerConnection): drizzle
// otherwise builds the SQL of all six on every visit, a third of their cost.
const timelineQueries = preparedPerConnection((db) => ({
  // Only the columns the timeline shows: mapping whole rows was most of this read's cost.
  detention: db
    .select({ arrestDate: cases.arrestDate, arrestPlace: cases.arrestPlace, sentenceDate: cases.sentenceDate, sentence: cases.sentence })
    .from(cases)
    .where(and(eq(cases.id, caseIdParam), visible("case", "cases")))
    .prepare(),
  statusChanges: db
    .select({
      id: caseStatusChanges.id,
      occurredOn: caseStatusChanges.occurredOn,
      changedAt: caseStatusChanges.changedAt,
      fromStatus: caseStatusChanges.fromStatus,
      toStatus: caseStatusChanges.toStatus,
      note: noteText("case_status_changes"),
    })
    .from(caseStatusChanges)
    .where(and(eq(caseStatusChanges.caseId, caseIdParam), visible("status_change", "case_status_changes")))
    .prepare(),
  sources: db
    .select({
      id: sources.id,
      publishedOn: sources.publishedOn,
      createdAt: sources.createdAt,
      title: sources.title,
      type: sources.type,
      outlet: sources.outlet,
    })
    .from(caseSources)
    .innerJoin(sources, eq(sources.id, caseSources.sourceId))
    .where(and(eq(caseSources.caseId, caseIdParam), visible("source", "sources")))
    .prepare(),
  asks: db
    .select({
      id: asks.id,
      madeOn: asks.madeOn,
      createdAt: asks.createdAt,
      officialId: asks.officialId,
      officeAtTime: asks.officeAtTime,
      text: asks.text,
      channel: asks.channel,
      name: people.name,
    })
    .from(asks)
    .innerJoin(people, eq(people.id, asks.officialId))
    .where(and(eq(asks.caseId, caseIdParam), visible("ask", "asks")))
    .prepare(),
  // Every ask's moves in one query rather than one per ask.
  askMoves: db
    .select({
      id: askStatusChanges.id,
      askId: askStatusChanges.askId,
      occurredOn: askStatusChanges.occurredOn,
      changedAt: askStatusChanges.changedAt,
      fromStatus: askStatusChanges.fromStatus,
      toStatus: askStatusChanges.toStatus,
      note: noteText("ask_status_changes"),
    })
    .from(askStatusChanges)
    .innerJoin(asks, eq(asks.id, askStatusChanges.askId))
    .where(and(eq(asks.caseId, caseIdParam), visible("ask", "asks")))
    .prepare(),
  outcomes: db
    .select({ id: outcomes.id, occurredOn: outcomes.occurredOn, type: outcomes.type, description: outcomes.description })
    .from(outcomes)
    .where(and(eq(outcomes.caseId, caseIdParam), visible("outcome", "outcomes")))
    .prepare(),
}));

/**
 * When a move happened: the moment it was recorded if that was on the day it happened (the
 * time of day is known then), else only the day it happened.
 */
function happenedAt(occurredOn: string, changedAt: string): string {
  return changedAt.startsWith(occurredOn) ? changedAt : occurredOn;
}

/** Every dated thing that happened on a case, unordered; `mergeTimeline` orders it. */
export function loadTimelineFacts(db: Db, reader: Reader, caseId: number): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const queries = timelineQueries(db);
  const params = { caseId, ...readerParams(reader) };
  const found = queries.detention.get(params);
  if (!found) return facts;

  if (found.arrestDate) {
    facts.push({ kind: "detention", event: "arrested", at: found.arrestDate, id: 1, place: found.arrestPlace });
  }
  if (found.sentenceDate) {
    facts.push({ kind: "detention", event: "sentenced", at: found.sentenceDate, id: 2, sentence: found.sentence });
  }

  for (const change of queries.statusChanges.all(params)) {
    const { occurredOn, changedAt, ...rest } = change;
    facts.push({ kind: "status", at: happenedAt(occurredOn, changedAt), recordedAt: changedAt, ...rest });
  }

  for (const source of queries.sources.all(params)) {
    const { publishedOn, createdAt, ...rest } = source;
    facts.push({ kind: "source", at: publishedOn ?? createdAt, ...rest });
  }

  const caseAsks = queries.asks.all(params);
  const moves = queries.askMoves.all(params);
  const movesByAsk = new Map<number, typeof moves>();
  for (const move of moves) movesByAsk.set(move.askId, [...(movesByAsk.get(move.askId) ?? []), move]);
  for (const { name: officialName, madeOn, createdAt, ...ask } of caseAsks) {
    facts.push({ kind: "ask", at: madeOn ?? createdAt, officialName, ...ask });
    for (const { occurredOn, changedAt, fromStatus, ...move } of movesByAsk.get(ask.id) ?? []) {
      if (!fromStatus) continue; // the ask's creation is already on the timeline
      facts.push({ kind: "ask_move", at: happenedAt(occurredOn, changedAt), recordedAt: changedAt, officialName, fromStatus, ...move });
    }
  }

  for (const { occurredOn, ...outcome } of queries.outcomes.all(params)) {
    facts.push({ kind: "outcome", at: occurredOn, ...outcome });
  }
  return facts;
}
