import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { asks, askStatusChanges, caseNotes, cases, caseSources, caseStatusChanges, outcomes, citations, people, sources } from "../schema";
import type { BriefData } from "../../domain/brief";
import { noteText, readerParams, visible, type Reader } from "../visibility";

// Everything a case brief is built from, read straight from the tables, each read leaving
// out what the reader may not see (db/visibility.ts): for the version without confidential
// items, the reader is narrowed to what everyone may see. What is left is flagged
// confidential where it is, so the brief can mark it.
//
// Every export reads all of it, so the reads are prepared once per connection (see
// preparedPerConnection): building them with drizzle cost more than running them. Reads
// that depend on others' rows select those rows again by subquery, so that each takes only
// the case, the reader and the meeting's official as parameters.

const briefQueries = preparedPerConnection((db) => {
  const caseId = sql.placeholder("caseId");
  const visibleAskIds = db
    .select({ id: asks.id })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), visible("ask", "asks")));
  const visibleOutcomeIds = db
    .select({ id: outcomes.id })
    .from(outcomes)
    .where(and(eq(outcomes.caseId, caseId), visible("outcome", "outcomes")));
  const outcomeCitations = and(eq(citations.claim, "outcome"), inArray(citations.subjectId, visibleOutcomeIds));
  const caseSourceIds = db.select({ id: caseSources.sourceId }).from(caseSources).where(eq(caseSources.caseId, caseId));
  const citedSourceIds = db
    .select({ id: citations.sourceId })
    .from(citations)
    .where(and(eq(citations.caseId, caseId), visible("citation", "citations")));
  const outcomeSourceIds = db.select({ id: citations.sourceId }).from(citations).where(outcomeCitations);
  return {
    case: db
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), visible("case", "cases")))
      .prepare(),
    statusChanges: db
      .select({
        id: caseStatusChanges.id,
        fromStatus: caseStatusChanges.fromStatus,
        toStatus: caseStatusChanges.toStatus,
        note: noteText("case_status_changes"),
        noteConfidential: caseStatusChanges.noteConfidential,
        changedAt: caseStatusChanges.changedAt,
        occurredOn: caseStatusChanges.occurredOn,
      })
      .from(caseStatusChanges)
      .where(and(eq(caseStatusChanges.caseId, caseId), visible("status_change", "case_status_changes")))
      .orderBy(asc(caseStatusChanges.occurredOn), asc(caseStatusChanges.changedAt), asc(caseStatusChanges.id))
      .prepare(),
    notes: db
      .select({ id: caseNotes.id, body: caseNotes.body, confidential: caseNotes.confidential, createdAt: caseNotes.createdAt })
      .from(caseNotes)
      .where(and(eq(caseNotes.caseId, caseId), visible("note", "case_notes")))
      .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id))
      .prepare(),
    asks: db
      .select({
        id: asks.id,
        officialId: asks.officialId,
        officeAtTime: asks.officeAtTime,
        text: asks.text,
        channel: asks.channel,
        madeOn: asks.madeOn,
        followUpOn: asks.followUpOn,
        status: asks.status,
        confidential: asks.confidential,
        createdAt: asks.createdAt,
      })
      .from(asks)
      .where(and(eq(asks.caseId, caseId), visible("ask", "asks")))
      .orderBy(asc(asks.madeOn), asc(asks.id))
      .prepare(),
    askChanges: db
      .select({
        id: askStatusChanges.id,
        askId: askStatusChanges.askId,
        toStatus: askStatusChanges.toStatus,
        note: noteText("ask_status_changes"),
        noteConfidential: askStatusChanges.noteConfidential,
        changedAt: askStatusChanges.changedAt,
        occurredOn: askStatusChanges.occurredOn,
      })
      .from(askStatusChanges)
      .where(inArray(askStatusChanges.askId, visibleAskIds))
      .orderBy(asc(askStatusChanges.occurredOn), asc(askStatusChanges.changedAt), asc(askStatusChanges.id))
      .prepare(),
    outcomes: db
      .select({
        id: outcomes.id,
        askId: outcomes.askId,
        type: outcomes.type,
        occurredOn: outcomes.occurredOn,
        description: outcomes.description,
        confidential: outcomes.confidential,
      })
      .from(outcomes)
      .where(and(eq(outcomes.caseId, caseId), visible("outcome", "outcomes")))
      .orderBy(asc(outcomes.occurredOn), asc(outcomes.id))
      .prepare(),
    outcomeLinks: db
      .select({ outcomeId: citations.subjectId, sourceId: citations.sourceId })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(and(outcomeCitations, visible("source", "sources")))
      .prepare(),
    // Every citation of the case the reader may see (its source and its subject both visible).
    claimCitations: db
      .select({ claim: citations.claim, subjectId: citations.subjectId, sourceId: citations.sourceId })
      .from(citations)
      .where(and(eq(citations.caseId, caseId), visible("citation", "citations")))
      .orderBy(asc(citations.id))
      .prepare(),
    caseSourceIds: db
      .select({ sourceId: caseSources.sourceId })
      .from(caseSources)
      .innerJoin(sources, eq(sources.id, caseSources.sourceId))
      .where(and(eq(caseSources.caseId, caseId), visible("source", "sources")))
      .prepare(),
    // The sources linked to the case, and those its visible citations and outcomes cite.
    sources: db
      .select({
        id: sources.id,
        title: sources.title,
        outlet: sources.outlet,
        url: sources.url,
        publishedOn: sources.publishedOn,
        type: sources.type,
        confidential: sources.confidential,
      })
      .from(sources)
      .where(
        and(
          or(inArray(sources.id, caseSourceIds), inArray(sources.id, citedSourceIds), inArray(sources.id, outcomeSourceIds)),
          visible("source", "sources"),
        ),
      )
      .orderBy(asc(sources.id))
      .prepare(),
    // Officials the visible asks were put to (whatever their kind today), and the meeting's.
    officials: db
      .select({ id: people.id, name: people.name, office: people.office, institution: people.institution, country: people.country })
      .from(people)
      .where(
        and(
          or(
            inArray(
              people.id,
              db
                .select({ id: asks.officialId })
                .from(asks)
                .where(and(eq(asks.caseId, caseId), visible("ask", "asks"))),
            ),
            eq(people.id, sql.placeholder("meetingOfficialId")),
          ),
          visible("person", "people"),
        ),
      )
      .orderBy(asc(people.id))
      .prepare(),
    contacts: db
      .select({
        id: people.id,
        name: people.name,
        office: people.office,
        institution: people.institution,
        notes: people.notes,
        confidential: people.confidential,
      })
      .from(people)
      .where(and(eq(people.kind, "contact"), eq(people.caseId, caseId), visible("person", "people")))
      .orderBy(asc(people.name))
      .prepare(),
  };
});

export function loadBriefData(db: Db, reader: Reader, caseId: number, meetingOfficialId: number | null = null): BriefData | null {
  const q = briefQueries(db);
  const params = { caseId, meetingOfficialId: meetingOfficialId ?? 0, ...readerParams(reader) };
  const c = q.case.get(params);
  if (!c) return null;
  const askChanges = q.askChanges.all(params);
  const outcomeLinks = q.outcomeLinks.all(params);

  return {
    case: {
      id: c.id,
      slug: c.slug,
      personName: c.personName,
      nativeName: c.nativeName,
      title: c.title,
      country: c.country,
      summary: c.summary,
      status: c.status,
      arrestDate: c.arrestDate,
      arrestPlace: c.arrestPlace,
      placeHeld: c.placeHeld,
      charges: c.charges,
      sentence: c.sentence,
      sentenceDate: c.sentenceDate,
    },
    statusChanges: q.statusChanges.all(params),
    notes: q.notes.all(params),
    sources: q.sources.all(params),
    caseSourceIds: q.caseSourceIds.all(params).map((r) => r.sourceId),
    citations: q.claimCitations.all(params).filter((l) => l.claim !== "outcome"),
    officials: q.officials.all(params),
    contacts: q.contacts.all(params),
    asks: q.asks.all(params).map((a) => ({
      ...a,
      changes: askChanges.filter((ch) => ch.askId === a.id).map(({ askId: _askId, ...ch }) => ch),
    })),
    outcomes: q.outcomes.all(params).map((o) => ({
      ...o,
      sourceIds: outcomeLinks.filter((l) => l.outcomeId === o.id).map((l) => l.sourceId),
    })),
  };
}
