import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { recordAudit } from "../audit";
import { notifyWatchers } from "./notifications";
import { asks, caseSources, citations, outcomes, sources, type Outcome } from "../schema";
import { recordStatusChange } from "./case-writes";
import { assertCaseWritable, touchCase } from "./case-writable";
import { FieldRuleError } from "../../domain/field-rule-error";
import type { CreateOutcomeInput } from "../../domain/schemas/outcome";
import type { ConfidentialOptional } from "../../domain/move-note";
import { isConfidentialRecord, readerParams, visible, type Reader } from "../visibility";

/** Sources linked to a case, for choosing which ones report an outcome. */
export function listCaseSources(db: Db, reader: Reader, caseId: number) {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      outlet: sources.outlet,
      publishedOn: sources.publishedOn,
      confidential: sources.confidential,
    })
    .from(caseSources)
    .innerJoin(sources, eq(sources.id, caseSources.sourceId))
    .where(and(eq(caseSources.caseId, caseId), visible("source", "sources", reader)))
    .orderBy(desc(sources.publishedOn), desc(sources.id))
    .all();
}

/**
 * Records an outcome with the ask it answers and the sources that report it, all in one
 * transaction. With `moveCaseToReleased` a release also moves the case to Released (if the
 * case's status allows it); if that move is refused nothing is saved.
 */
export function insertOutcome(
  db: Db,
  actorId: number,
  caseId: number,
  input: ConfidentialOptional<CreateOutcomeInput>,
  at?: string,
): Outcome {
  return db.transaction((tx) => {
    const timestamp = at ?? new Date().toISOString();
    assertCaseWritable(tx, caseId, actorId);
    if (input.askId !== null) {
      const ask = tx.select({ caseId: asks.caseId }).from(asks).where(eq(asks.id, input.askId)).get();
      if (!ask || ask.caseId !== caseId) throw new FieldRuleError("askId", "Choose an ask from this case.");
    }
    if (input.sourceIds.length > 0) {
      const linked = tx
        .select({ sourceId: caseSources.sourceId })
        .from(caseSources)
        .where(and(eq(caseSources.caseId, caseId), inArray(caseSources.sourceId, input.sourceIds)))
        .all();
      if (linked.length !== input.sourceIds.length) {
        throw new FieldRuleError("sourceIds", "Choose sources that are linked to this case.");
      }
    }
    const row = tx
      .insert(outcomes)
      .values({
        caseId,
        askId: input.askId,
        type: input.type,
        occurredOn: input.occurredOn,
        description: input.description,
        confidential: input.confidential,
        createdBy: actorId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .returning()
      .get();
    if (input.sourceIds.length > 0) {
      tx.insert(citations)
        .values(
          input.sourceIds.map((sourceId) => ({
            caseId,
            claim: "outcome" as const,
            subjectId: row.id,
            sourceId,
            linkedBy: actorId,
            linkedAt: timestamp,
          })),
        )
        .run();
    }
    const hidden = isConfidentialRecord(tx, "outcome", row.id);
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "outcome",
      entityId: row.id,
      caseId,
      details: {
        type: input.type,
        occurredOn: input.occurredOn,
        askId: input.askId,
        sourceIds: input.sourceIds,
        confidential: input.confidential,
      },
      confidential: hidden,
    });
    notifyWatchers(tx, { caseId, actorId, kind: "outcome", subjectId: row.id });
    if (input.moveCaseToReleased) {
      // Nested in this transaction: a refused move rolls the outcome back too. The move's
      // note quotes the outcome, so it is as confidential as the outcome.
      const note = { text: `Outcome recorded: ${input.description}`.slice(0, 2000), confidential: hidden };
      recordStatusChange(db, actorId, caseId, "released", note, timestamp, input.occurredOn);
    } else {
      touchCase(tx, caseId, actorId, timestamp);
    }
    return row;
  });
}

// A case's outcomes, latest first, and the sources of those shown; prepared once per
// connection (see preparedPerConnection): building their SQL cost more than running it.
const caseOutcomesQueries = preparedPerConnection((db) => {
  const caseId = sql.placeholder("caseId");
  const limit = sql.placeholder("limit");
  const ofCase = and(eq(outcomes.caseId, caseId), visible("outcome", "outcomes"));
  const shownIds = db
    .select({ id: outcomes.id })
    .from(outcomes)
    .where(ofCase)
    .orderBy(desc(outcomes.occurredOn), desc(outcomes.id))
    .limit(limit);
  return {
    outcomes: db
      .select({
        id: outcomes.id,
        type: outcomes.type,
        occurredOn: outcomes.occurredOn,
        description: outcomes.description,
        confidential: outcomes.confidential,
        askId: outcomes.askId,
        askText: asks.text,
      })
      .from(outcomes)
      .leftJoin(asks, eq(asks.id, outcomes.askId))
      .where(ofCase)
      .orderBy(desc(outcomes.occurredOn), desc(outcomes.id))
      .limit(limit)
      .prepare(),
    sources: db
      .select({ outcomeId: citations.subjectId, id: sources.id, title: sources.title, outlet: sources.outlet, url: sources.url })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(and(eq(citations.claim, "outcome"), inArray(citations.subjectId, shownIds), visible("source", "sources")))
      .prepare(),
  };
});

/** The outcomes of a case, latest first, with the ask they answer and their sources; the first `limit` when given. */
export function listOutcomesForCase(db: Db, reader: Reader, caseId: number, { limit }: { limit?: number } = {}) {
  const queries = caseOutcomesQueries(db);
  // SQLite reads a negative limit as none.
  const params = { caseId, limit: limit ?? -1, ...readerParams(reader) };
  const rows = queries.outcomes.all(params);
  if (rows.length === 0) return [];
  const links = queries.sources.all(params);
  return rows.map((r) => ({ ...r, sources: links.filter((l) => l.outcomeId === r.id) }));
}
