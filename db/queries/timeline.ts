import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { askStatusChanges, asks, cases, caseSources, caseStatusChanges, outcomes, people, sources } from "../schema";
import { CASE_STATUS_LABELS, isCaseStatus } from "../../domain/case-status";
import type { TimelineItem } from "../../domain/timeline";
import { ASK_STATUS_LABELS } from "../../domain/ask-status";
import { ASK_CHANNEL_LABELS } from "../../domain/schemas/ask";
import { OUTCOME_TYPE_LABELS } from "../../domain/schemas/outcome";
import { sourceTypeLabel } from "../../domain/schemas/source";
import { noteText, readerParams, visible, type Reader } from "../visibility";

const LABELS: Record<string, string> = { ...ASK_STATUS_LABELS, ...ASK_CHANNEL_LABELS, ...OUTCOME_TYPE_LABELS };

function label(value: string | null): string {
  if (!value) return "";
  if (isCaseStatus(value)) return CASE_STATUS_LABELS[value];
  if (LABELS[value]) return LABELS[value];
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const caseIdParam = sql.placeholder("caseId");

// The timeline's reads, prepared once per connection (see preparedPerConnection): drizzle
// otherwise builds the SQL of all six on every visit, a third of their cost.
const timelineQueries = preparedPerConnection((db) => ({
  // Only the columns the timeline shows: mapping whole rows was most of this read's cost.
  detention: db
    .select({ arrestDate: cases.arrestDate, arrestPlace: cases.arrestPlace, sentenceDate: cases.sentenceDate, sentence: cases.sentence })
    .from(cases)
    .where(eq(cases.id, caseIdParam))
    .prepare(),
  statusChanges: db
    .select({ id: caseStatusChanges.id, changedAt: caseStatusChanges.changedAt, fromStatus: caseStatusChanges.fromStatus, toStatus: caseStatusChanges.toStatus, note: noteText("case_status_changes") })
    .from(caseStatusChanges)
    .where(eq(caseStatusChanges.caseId, caseIdParam))
    .prepare(),
  sources: db
    .select({ id: sources.id, publishedOn: sources.publishedOn, createdAt: sources.createdAt, title: sources.title, type: sources.type, outlet: sources.outlet })
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
    .select({ id: askStatusChanges.id, askId: askStatusChanges.askId, changedAt: askStatusChanges.changedAt, fromStatus: askStatusChanges.fromStatus, toStatus: askStatusChanges.toStatus, note: noteText("ask_status_changes") })
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

/** Every dated thing that happened on a case, unordered; `mergeTimeline` orders it. */
export function loadTimelineItems(db: Db, reader: Reader, caseId: number): TimelineItem[] {
  const items: TimelineItem[] = [];
  const queries = timelineQueries(db);
  const params = { caseId, ...readerParams(reader) };
  const found = queries.detention.get({ caseId });
  if (!found) return items;

  if (found.arrestDate) {
    items.push({ kind: "detention", at: found.arrestDate, id: 1, title: "Arrested", detail: found.arrestPlace || undefined });
  }
  if (found.sentenceDate) {
    items.push({ kind: "detention", at: found.sentenceDate, id: 2, title: "Sentenced", detail: found.sentence || undefined });
  }

  const changes = queries.statusChanges.all(params);
  for (const change of changes) {
    items.push({
      kind: "status",
      at: change.changedAt,
      id: change.id,
      title: change.fromStatus ? `Status: ${label(change.fromStatus)} → ${label(change.toStatus)}` : `Case opened as ${label(change.toStatus)}`,
      detail: change.note || undefined,
    });
  }

  const linked = queries.sources.all(params);
  for (const source of linked) {
    items.push({
      kind: "source",
      at: source.publishedOn ?? source.createdAt,
      id: source.id,
      title: source.title,
      detail: [sourceTypeLabel(source.type), source.outlet].filter(Boolean).join(" · "),
    });
  }

  const caseAsks = queries.asks.all(params);
  const moves = queries.askMoves.all(params);
  const movesByAsk = new Map<number, typeof moves>();
  for (const move of moves) movesByAsk.set(move.askId, [...(movesByAsk.get(move.askId) ?? []), move]);
  for (const { name: officialName, ...ask } of caseAsks) {
    items.push({
      kind: "ask",
      at: ask.madeOn ?? ask.createdAt,
      id: ask.id,
      title: `Ask to ${officialName}${ask.officeAtTime ? ` (${ask.officeAtTime})` : ""}`,
      detail: `${ask.text} · ${label(ask.channel)}`,
      href: `/people/${ask.officialId}`,
    });
    for (const move of movesByAsk.get(ask.id) ?? []) {
      if (!move.fromStatus) continue; // the ask's creation is already on the timeline
      items.push({
        kind: "ask_move",
        at: move.changedAt,
        id: move.id,
        title: `Ask to ${officialName}: ${label(move.fromStatus)} → ${label(move.toStatus)}`,
        detail: move.note || undefined,
      });
    }
  }

  const caseOutcomes = queries.outcomes.all(params);
  for (const outcome of caseOutcomes) {
    items.push({ kind: "outcome", at: outcome.occurredOn, id: outcome.id, title: label(outcome.type), detail: outcome.description });
  }
  return items;
}
