import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { asks, cases, outcomes, people, type Person } from "../schema";
import { DomainRuleError, NotFoundError } from "../../domain/errors";
import { ARCHIVED_READ_ONLY, findCaseForWrite } from "./case-writable";
import type { PersonInput, PersonKind, UpdatePersonInput } from "../../domain/schemas/person";
import { preparedPerConnection } from "../prepared";
import { matchesWords } from "./full-text";
import { isConfidentialRecord, readerParams, visible, type Reader } from "../visibility";
import { updateVersioned } from "./versioned-update";

// Officials, organisations and case contacts. Every read is for a reader and shows what
// the visibility policy lets them see, so a confidential contact never reaches a viewer.

export interface PersonRow extends Person {
  casePersonName: string | null;
}

const personColumns = {
  id: people.id,
  kind: people.kind,
  name: people.name,
  office: people.office,
  institution: people.institution,
  country: people.country,
  notes: people.notes,
  caseId: people.caseId,
  confidential: people.confidential,
  createdBy: people.createdBy,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  version: people.version,
  casePersonName: cases.personName,
};

const personById = preparedPerConnection((db) =>
  db
    .select(personColumns)
    .from(people)
    .leftJoin(cases, eq(cases.id, people.caseId))
    .where(and(eq(people.id, sql.placeholder("id")), visible("person", "people")))
    .prepare(),
);

export function findPersonById(db: Db, reader: Reader, id: number): PersonRow | null {
  return personById(db).get({ id, ...readerParams(reader) }) ?? null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface PeopleFilters {
  kind?: PersonKind;
  q?: string;
  caseId?: number;
  limit?: number;
}

/** The directory, by kind then name, optionally filtered by kind, case or a name/office/institution search. */
export function listPeople(db: Db, reader: Reader, { kind, q, caseId, limit = 500 }: PeopleFilters = {}): PersonRow[] {
  const term = q?.trim();
  const pattern = term ? `%${escapeLike(term)}%` : null;
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(cases, eq(cases.id, people.caseId))
    .where(
      and(
        visible("person", "people", reader),
        kind ? eq(people.kind, kind) : undefined,
        caseId ? eq(people.caseId, caseId) : undefined,
        pattern
          ? or(
              sql`${people.name} like ${pattern} escape '\\'`,
              sql`${people.office} like ${pattern} escape '\\'`,
              sql`${people.institution} like ${pattern} escape '\\'`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(people.kind), asc(sql`lower(${people.name})`), asc(people.id))
    .limit(limit)
    .all();
}

// The contacts of a case, on every visit to its overview: prepared once (see preparedPerConnection).
const caseContacts = preparedPerConnection((db) =>
  db
    .select(personColumns)
    .from(people)
    .leftJoin(cases, eq(cases.id, people.caseId))
    .where(and(visible("person", "people"), eq(people.kind, "contact"), eq(people.caseId, sql.placeholder("caseId"))))
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id))
    .limit(500)
    .prepare(),
);

/** A case's contacts by name, as listPeople({ kind: "contact", caseId }) lists them. */
export function listCaseContacts(db: Db, reader: Reader, caseId: number): PersonRow[] {
  return caseContacts(db).all({ caseId, ...readerParams(reader) });
}

/** A contact's case must exist, and an archived case's contacts are read-only with it. */
function assertContactCaseWritable(tx: Tx, caseId: number | null, actorId: number) {
  if (caseId === null) return;
  const found = findCaseForWrite(tx, actorId, caseId);
  if (!found) throw new NotFoundError("The case chosen for this contact does not exist.");
  if (found.archivedAt) throw new DomainRuleError(ARCHIVED_READ_ONLY);
}

export function insertPerson(db: Db, actorId: number, input: PersonInput, at?: string): Person {
  return db.transaction((tx) => {
    assertContactCaseWritable(tx, input.caseId, actorId);
    const timestamp = at ?? new Date().toISOString();
    const row = tx
      .insert(people)
      .values({
        kind: input.kind,
        name: input.name,
        office: input.office,
        institution: input.institution,
        country: input.country,
        notes: input.notes,
        caseId: input.caseId,
        confidential: input.confidential,
        createdBy: actorId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .returning()
      .get();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "person",
      entityId: row.id,
      caseId: row.caseId,
      details: { kind: row.kind, name: row.name, office: row.office, confidential: row.confidential },
      confidential: isConfidentialRecord(tx, "person", row.id),
    });
    return row;
  });
}

/**
 * Saves an edit made from `input.version`; refuses if someone saved in between.
 * Changing an official's office never touches the asks already made: each ask keeps
 * the office held at the time (asks.office_at_time).
 */
export function updatePerson(db: Db, actorId: number, id: number, input: UpdatePersonInput): Person {
  return db.transaction((tx) =>
    updateVersioned(tx, people, {
      actorId,
      id,
      version: input.version,
      entityType: "person",
      notFound: "That person does not exist.",
      // A contact of a restricted case its editor is not on the team of is not there for them.
      guard: (before) => {
        if (before.caseId !== null && !findCaseForWrite(tx, actorId, before.caseId)) throw new NotFoundError("That person does not exist.");
      },
      current: (before) => before,
      change: (before) => {
        assertContactCaseWritable(tx, before.caseId, actorId);
        if (input.caseId !== before.caseId) assertContactCaseWritable(tx, input.caseId, actorId);
        return {
          values: {
            kind: input.kind,
            name: input.name,
            office: input.office,
            institution: input.institution,
            country: input.country,
            notes: input.notes,
            caseId: input.caseId,
            confidential: input.confidential,
          },
          audit: (row) => ({
            caseIds: [row.caseId ?? before.caseId],
            confidential: before.confidential || isConfidentialRecord(tx, "person", id),
          }),
        };
      },
    }),
  );
}

interface OfficialAskOutcome {
  id: number;
  type: string;
  occurredOn: string;
  description: string;
}

export interface OfficialAsk {
  id: number;
  caseId: number;
  casePersonName: string;
  caseNativeName: string;
  caseTitle: string;
  text: string;
  officeAtTime: string;
  channel: string;
  madeOn: string | null;
  followUpOn: string | null;
  status: string;
  outcomes: OfficialAskOutcome[];
}

// One official's asks and their answers, prepared once per connection (see
// preparedPerConnection): building their SQL cost more than running it.
const officialAsksQueries = preparedPerConnection((db) => {
  const officialId = sql.placeholder("officialId");
  const newestFirst = [sql`${asks.madeOn} is not null`, desc(asks.madeOn), desc(asks.createdAt), desc(asks.id)];
  const askOf = and(eq(asks.officialId, officialId), visible("ask", "asks"));
  const shownIds = db
    .select({ id: asks.id })
    .from(asks)
    .where(askOf)
    .orderBy(...newestFirst)
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"));
  return {
    total: db.select({ n: count() }).from(asks).where(askOf).prepare(),
    asks: db
      .select({
        id: asks.id,
        caseId: asks.caseId,
        casePersonName: cases.personName,
        caseNativeName: cases.nativeName,
        caseTitle: cases.title,
        text: asks.text,
        officeAtTime: asks.officeAtTime,
        channel: asks.channel,
        madeOn: asks.madeOn,
        followUpOn: asks.followUpOn,
        status: asks.status,
      })
      .from(asks)
      .innerJoin(cases, eq(cases.id, asks.caseId))
      .where(askOf)
      .orderBy(...newestFirst)
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(),
    answers: db
      .select({
        askId: outcomes.askId,
        id: outcomes.id,
        type: outcomes.type,
        occurredOn: outcomes.occurredOn,
        description: outcomes.description,
      })
      .from(outcomes)
      .where(and(inArray(outcomes.askId, shownIds), visible("outcome", "outcomes")))
      .orderBy(asc(outcomes.occurredOn), asc(outcomes.id))
      .prepare(),
  };
});

/**
 * One page of the asks made to one official, across all cases, most recent first (asks not
 * yet dated first: they are the ones being prepared), each with the outcomes that answer
 * it, and how many there are in all. This is what a campaigner reads before meeting the
 * official.
 */
export function listAsksToOfficial(
  db: Db,
  reader: Reader,
  officialId: number,
  { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {},
): { rows: OfficialAsk[]; total: number } {
  const queries = officialAsksQueries(db);
  const params = { officialId, ...readerParams(reader), limit: pageSize, offset: (Math.max(1, page) - 1) * pageSize };
  const total = queries.total.get(params)?.n ?? 0;
  const rows = queries.asks.all(params);
  if (rows.length === 0) return { rows: [], total };
  const answers = queries.answers.all(params);
  const byAsk = new Map<number, OfficialAskOutcome[]>();
  for (const { askId, ...outcome } of answers) {
    if (askId === null) continue;
    const list = byAsk.get(askId) ?? [];
    list.push(outcome);
    byAsk.set(askId, list);
  }
  return { rows: rows.map((r) => ({ ...r, outcomes: byAsk.get(r.id) ?? [] })), total };
}

/** How many cases the contact form offers at a time. */
export const CASE_CHOICES = 20;

/**
 * Cases to choose from when recording a contact, by name: the newest, or the newest that
 * match the words of `q`, plus the case `includeId` (the one already chosen). The form
 * searches as you type, so a workspace of 100,000 cases never sends them all.
 */
export function listCaseChoices(db: Db, reader: Reader, { q, includeId }: { q?: string; includeId?: number | null } = {}) {
  const columns = { id: cases.id, personName: cases.personName, title: cases.title };
  const known = visible("case", "cases", reader);
  const found = q?.trim() ? matchesWords(cases.id, "search_cases", q, 200) : undefined;
  const rows =
    found === null ? [] : db.select(columns).from(cases).where(and(found, known)).orderBy(desc(cases.id)).limit(CASE_CHOICES).all();
  if (includeId && !rows.some((r) => r.id === includeId)) {
    const chosen = db
      .select(columns)
      .from(cases)
      .where(and(eq(cases.id, includeId), known))
      .get();
    if (chosen) rows.push(chosen);
  }
  return rows.sort((a, b) => a.personName.localeCompare(b.personName) || a.id - b.id);
}
