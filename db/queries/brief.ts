import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import {
  asks,
  askStatusChanges,
  caseNotes,
  cases,
  caseSources,
  caseStatusChanges,
  outcomes,
  outcomeSources,
  people,
  sources,
} from "../schema";
import type { BriefData } from "../../lib/domain/brief";

// Everything a case brief is built from, read straight from the tables in a handful
// of queries. Confidential rows are returned flagged; the content model decides
// whether they appear.

export function loadBriefData(db: Db, caseId: number, meetingOfficialId: number | null = null): BriefData | null {
  const c = db.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!c) return null;

  const statusChanges = db
    .select({
      fromStatus: caseStatusChanges.fromStatus,
      toStatus: caseStatusChanges.toStatus,
      note: caseStatusChanges.note,
      changedAt: caseStatusChanges.changedAt,
    })
    .from(caseStatusChanges)
    .where(eq(caseStatusChanges.caseId, caseId))
    .orderBy(asc(caseStatusChanges.changedAt), asc(caseStatusChanges.id))
    .all();

  const notes = db
    .select({ id: caseNotes.id, body: caseNotes.body, confidential: caseNotes.confidential, createdAt: caseNotes.createdAt })
    .from(caseNotes)
    .where(eq(caseNotes.caseId, caseId))
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
      createdAt: asks.createdAt,
    })
    .from(asks)
    .where(eq(asks.caseId, caseId))
    .orderBy(asc(asks.madeOn), asc(asks.id))
    .all();

  const askIds = askRows.map((a) => a.id);
  const askChanges = askIds.length
    ? db
        .select({
          askId: askStatusChanges.askId,
          toStatus: askStatusChanges.toStatus,
          note: askStatusChanges.note,
          changedAt: askStatusChanges.changedAt,
        })
        .from(askStatusChanges)
        .where(inArray(askStatusChanges.askId, askIds))
        .orderBy(asc(askStatusChanges.changedAt), asc(askStatusChanges.id))
        .all()
    : [];

  const outcomeRows = db
    .select({
      id: outcomes.id,
      askId: outcomes.askId,
      type: outcomes.type,
      occurredOn: outcomes.occurredOn,
      description: outcomes.description,
    })
    .from(outcomes)
    .where(eq(outcomes.caseId, caseId))
    .orderBy(asc(outcomes.occurredOn), asc(outcomes.id))
    .all();
  const outcomeIds = outcomeRows.map((o) => o.id);
  const outcomeLinks = outcomeIds.length
    ? db.select().from(outcomeSources).where(inArray(outcomeSources.outcomeId, outcomeIds)).all()
    : [];

  const caseSourceIds = db
    .select({ sourceId: caseSources.sourceId })
    .from(caseSources)
    .where(eq(caseSources.caseId, caseId))
    .all()
    .map((r) => r.sourceId);
  const sourceIds = [...new Set([...caseSourceIds, ...outcomeLinks.map((l) => l.sourceId)])];
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
        .where(inArray(sources.id, sourceIds))
        .all()
    : [];

  // Officials the case's asks were put to (whatever their kind today), and the case's contacts.
  const officialIds = [...new Set([...askRows.map((a) => a.officialId), ...(meetingOfficialId ? [meetingOfficialId] : [])])];
  const officials = officialIds.length
    ? db
        .select({ id: people.id, name: people.name, office: people.office, institution: people.institution, country: people.country })
        .from(people)
        .where(inArray(people.id, officialIds))
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
    .where(and(eq(people.kind, "contact"), eq(people.caseId, caseId)))
    .orderBy(asc(people.name))
    .all();

  return {
    case: {
      id: c.id,
      slug: c.slug,
      personName: c.personName,
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
    officials,
    contacts,
    asks: askRows.map((a) => ({ ...a, changes: askChanges.filter((ch) => ch.askId === a.id) })),
    outcomes: outcomeRows.map((o) => ({
      ...o,
      sourceIds: outcomeLinks.filter((l) => l.outcomeId === o.id).map((l) => l.sourceId),
    })),
  };
}

/**
 * People to offer in the export form: first everyone with asks on this case (usually
 * officials, sometimes an organisation), then all other officials.
 */
export function listBriefOfficials(db: Db, caseId: number) {
  const askedIds = db
    .selectDistinct({ officialId: asks.officialId })
    .from(asks)
    .where(eq(asks.caseId, caseId))
    .all()
    .map((r) => r.officialId);
  const asked = new Set(askedIds);
  const columns = { id: people.id, name: people.name, office: people.office };
  const withAsks = askedIds.length
    ? db.select(columns).from(people).where(inArray(people.id, askedIds)).orderBy(asc(people.name), asc(people.id)).all()
    : [];
  const others = db
    .select(columns)
    .from(people)
    .where(eq(people.kind, "official"))
    .orderBy(asc(people.name), asc(people.id))
    .all()
    .filter((p) => !asked.has(p.id));
  return { withAsks, others };
}

/** Whether the person can be the subject of a meeting brief on this case. */
export function isBriefOfficial(db: Db, caseId: number, personId: number): boolean {
  const person = db.select({ kind: people.kind }).from(people).where(eq(people.id, personId)).get();
  if (!person) return false;
  if (person.kind === "official") return true;
  return !!db
    .select({ id: asks.id })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), eq(asks.officialId, personId)))
    .get();
}

export function recordBriefExport(
  db: Db,
  actorId: number,
  caseId: number,
  details: { format: string; confidential: boolean; officialId: number | null },
): void {
  recordAudit(db, { actorId, action: "export", entityType: "case_brief", entityId: caseId, caseId, details });
}
