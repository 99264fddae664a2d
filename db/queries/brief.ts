import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { asks, askStatusChanges, caseNotes, cases, caseSources, caseStatusChanges, outcomes, citations, people, sources } from "../schema";
import type { BriefData } from "../../domain/brief";
import { isConfidentialRecord, noteText, visible, type Reader } from "../visibility";

// Everything a case brief is built from, read straight from the tables in a handful of
// queries, each leaving out what the reader may not see (db/visibility.ts): for the
// version without confidential items, the reader is narrowed to what everyone may see.
// What is left is flagged confidential where it is, so the brief can mark it.

export function loadBriefData(db: Db, reader: Reader, caseId: number, meetingOfficialId: number | null = null): BriefData | null {
  const c = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), visible("case", "cases", reader)))
    .get();
  if (!c) return null;

  const statusChanges = db
    .select({
      id: caseStatusChanges.id,
      fromStatus: caseStatusChanges.fromStatus,
      toStatus: caseStatusChanges.toStatus,
      note: noteText("case_status_changes", reader),
      noteConfidential: caseStatusChanges.noteConfidential,
      changedAt: caseStatusChanges.changedAt,
      occurredOn: caseStatusChanges.occurredOn,
    })
    .from(caseStatusChanges)
    .where(and(eq(caseStatusChanges.caseId, caseId), visible("status_change", "case_status_changes", reader)))
    .orderBy(asc(caseStatusChanges.occurredOn), asc(caseStatusChanges.changedAt), asc(caseStatusChanges.id))
    .all();

  const notes = db
    .select({ id: caseNotes.id, body: caseNotes.body, confidential: caseNotes.confidential, createdAt: caseNotes.createdAt })
    .from(caseNotes)
    .where(and(eq(caseNotes.caseId, caseId), visible("note", "case_notes", reader)))
    .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id))
    .all();

  const askRows = db
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
    .where(and(eq(asks.caseId, caseId), visible("ask", "asks", reader)))
    .orderBy(asc(asks.madeOn), asc(asks.id))
    .all();

  const askIds = askRows.map((a) => a.id);
  const askChanges = askIds.length
    ? db
        .select({
          id: askStatusChanges.id,
          askId: askStatusChanges.askId,
          toStatus: askStatusChanges.toStatus,
          note: noteText("ask_status_changes", reader),
          noteConfidential: askStatusChanges.noteConfidential,
          changedAt: askStatusChanges.changedAt,
          occurredOn: askStatusChanges.occurredOn,
        })
        .from(askStatusChanges)
        .where(inArray(askStatusChanges.askId, askIds))
        .orderBy(asc(askStatusChanges.occurredOn), asc(askStatusChanges.changedAt), asc(askStatusChanges.id))
        .all()
    : [];

  const outcomeRows = db
    .select({
      id: outcomes.id,
      askId: outcomes.askId,
      type: outcomes.type,
      occurredOn: outcomes.occurredOn,
      description: outcomes.description,
      confidential: outcomes.confidential,
    })
    .from(outcomes)
    .where(and(eq(outcomes.caseId, caseId), visible("outcome", "outcomes", reader)))
    .orderBy(asc(outcomes.occurredOn), asc(outcomes.id))
    .all();
  const outcomeIds = outcomeRows.map((o) => o.id);
  const outcomeLinks = outcomeIds.length
    ? db
        .select({ outcomeId: citations.subjectId, sourceId: citations.sourceId })
        .from(citations)
        .innerJoin(sources, eq(sources.id, citations.sourceId))
        .where(and(eq(citations.claim, "outcome"), inArray(citations.subjectId, outcomeIds), visible("source", "sources", reader)))
        .all()
    : [];

  // Every citation of the case the reader may see (its source and its subject both visible).
  const claimCitations = db
    .select({ claim: citations.claim, subjectId: citations.subjectId, sourceId: citations.sourceId })
    .from(citations)
    .where(and(eq(citations.caseId, caseId), visible("citation", "citations", reader)))
    .orderBy(asc(citations.id))
    .all();

  const caseSourceIds = db
    .select({ sourceId: caseSources.sourceId })
    .from(caseSources)
    .innerJoin(sources, eq(sources.id, caseSources.sourceId))
    .where(and(eq(caseSources.caseId, caseId), visible("source", "sources", reader)))
    .all()
    .map((r) => r.sourceId);
  const sourceIds = [...new Set([...caseSourceIds, ...outcomeLinks.map((l) => l.sourceId), ...claimCitations.map((l) => l.sourceId)])];
  const sourceRows = sourceIds.length
    ? db
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
        .where(and(inArray(sources.id, sourceIds), visible("source", "sources", reader)))
        .all()
    : [];

  // Officials the visible asks were put to (whatever their kind today), and the case's contacts.
  const officialIds = [...new Set([...askRows.map((a) => a.officialId), ...(meetingOfficialId ? [meetingOfficialId] : [])])];
  const officials = officialIds.length
    ? db
        .select({ id: people.id, name: people.name, office: people.office, institution: people.institution, country: people.country })
        .from(people)
        .where(and(inArray(people.id, officialIds), visible("person", "people", reader)))
        .all()
    : [];
  const contacts = db
    .select({
      id: people.id,
      name: people.name,
      office: people.office,
      institution: people.institution,
      notes: people.notes,
      confidential: people.confidential,
    })
    .from(people)
    .where(and(eq(people.kind, "contact"), eq(people.caseId, caseId), visible("person", "people", reader)))
    .orderBy(asc(people.name))
    .all();

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
    statusChanges,
    notes,
    sources: sourceRows,
    caseSourceIds,
    citations: claimCitations.filter((l) => l.claim !== "outcome"),
    officials,
    contacts,
    asks: askRows.map((a) => ({ ...a, changes: askChanges.filter((ch) => ch.askId === a.id).map(({ askId: _askId, ...ch }) => ch) })),
    outcomes: outcomeRows.map((o) => ({
      ...o,
      sourceIds: outcomeLinks.filter((l) => l.outcomeId === o.id).map((l) => l.sourceId),
    })),
  };
}

/**
 * People to offer in the export form: first everyone with asks on this case that the reader
 * may see (usually officials, sometimes an organisation), then all other officials they may see.
 */
export function listBriefOfficials(db: Db, reader: Reader, caseId: number) {
  const askedIds = db
    .selectDistinct({ officialId: asks.officialId })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), visible("ask", "asks", reader)))
    .all()
    .map((r) => r.officialId);
  const asked = new Set(askedIds);
  const columns = { id: people.id, name: people.name, office: people.office };
  const withAsks = askedIds.length
    ? db
        .select(columns)
        .from(people)
        .where(and(inArray(people.id, askedIds), visible("person", "people", reader)))
        .orderBy(asc(people.name), asc(people.id))
        .all()
    : [];
  const others = db
    .select(columns)
    .from(people)
    .where(and(eq(people.kind, "official"), visible("person", "people", reader)))
    .orderBy(asc(people.name), asc(people.id))
    .all()
    .filter((p) => !asked.has(p.id));
  return { withAsks, others };
}

/** Whether the person can be the subject of a meeting brief on this case, for this reader. */
export function isBriefOfficial(db: Db, reader: Reader, caseId: number, personId: number): boolean {
  const person = db
    .select({ kind: people.kind })
    .from(people)
    .where(and(eq(people.id, personId), visible("person", "people", reader)))
    .get();
  if (!person) return false;
  if (person.kind === "official") return true;
  return !!db
    .select({ id: asks.id })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), eq(asks.officialId, personId), visible("ask", "asks", reader)))
    .get();
}

export function recordBriefExport(
  db: Db,
  actorId: number,
  caseId: number,
  details: { format: string; confidential: boolean; officialId: number | null; official: string | null; fileName: string },
): void {
  const confidential = details.confidential || (details.officialId !== null && isConfidentialRecord(db, "person", details.officialId));
  recordAudit(db, { actorId, action: "export", entityType: "case_brief", entityId: caseId, caseId, details, confidential });
}
