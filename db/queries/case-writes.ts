import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { cases, caseStatusChanges, caseTeamMembers, caseWatchers } from "../schema";
import { notifyWatchers } from "./notifications";
import { checkCaseStatusMove, isCaseStatus, openingStatusDate, type CaseStatus } from "../../domain/case-status";
import { slugify } from "../../domain/slug";
import { matchCountry } from "../../domain/countries";
import { toMoveNote, type MoveNote } from "../../domain/move-note";
import { DomainRuleError, NotFoundError } from "../../domain/errors";
import type { CreateCaseInput, UpdateCaseInput } from "../../domain/schemas/case";
import { ARCHIVED_READ_ONLY, findCaseForWrite } from "./case-writable";
import { teamReader, visible } from "../visibility";
import { toCaseRow, type CaseRow } from "./cases";
import { recordStatusMove } from "./status-move";
import { updateVersioned } from "./versioned-update";

function uniqueSlug(db: Db | Tx, personName: string): string {
  const base = slugify(personName);
  let slug = base;
  for (let i = 2; db.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug)).get(); i++) {
    slug = `${base}-${i}`;
  }
  return slug;
}

/** The schema has already turned the country into an ISO name; this adds its code. */
/** Seeds, fixtures and older callers have no names in another script: those default to none. */
type NewCase = Omit<CreateCaseInput, "nativeName" | "aliases" | "restricted"> &
  Partial<Pick<CreateCaseInput, "nativeName" | "aliases" | "restricted">>;
type CaseEdit = Omit<UpdateCaseInput, "nativeName" | "aliases"> & Partial<Pick<UpdateCaseInput, "nativeName" | "aliases">>;

function storedCountry(country: string): { country: string; countryCode: string | null } {
  const match = matchCountry(country);
  return match ? { country: match.name, countryCode: match.code } : { country, countryCode: null };
}

/**
 * Each tag as it is already spelt on another case, whatever its case ("Journalist" becomes
 * "journalist" if that came first), so one tag is not split across spellings. Duplicates
 * that differ only in case collapse into one. An edit does not count the case's own tags, so
 * a tag only it has can be re-spelt.
 */
function tagsAsSpelt(db: Db | Tx, actorId: number, tags: readonly string[], exceptCaseId = 0): string {
  // Only spellings from cases the actor may know of: a tag of a restricted case says something of it.
  const known = visible("case", "cases", teamReader(actorId));
  const spelt = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (spelt.has(key)) continue;
    const existing = db.get<{ tag: string } | undefined>(
      sql`select t.value as tag from ${cases}, json_each(case when json_valid(${cases.tags}) then ${cases.tags} else '[]' end) t where ${cases.id} <> ${exceptCaseId} and ${known} and t.type = 'text' and lower(t.value) = ${key} order by ${cases.id} limit 1`,
    );
    spelt.set(key, existing?.tag ?? tag);
  }
  return JSON.stringify([...spelt.values()]);
}

/** Creates a case and its first status-history entry in one transaction. */
export function insertCase(db: Db, actorId: number, input: NewCase, at?: string): CaseRow {
  return db.transaction((tx) => insertCaseIn(tx, actorId, input, at));
}

/** The writes of `insertCase`, inside a transaction the caller holds (e.g. a whole import). */
export function insertCaseIn(tx: Tx, actorId: number, input: NewCase, at?: string, auditDetails: Record<string, unknown> = {}): CaseRow {
  {
    const timestamp = at ?? new Date().toISOString();
    const row = tx
      .insert(cases)
      .values({
        slug: uniqueSlug(tx, input.personName),
        personName: input.personName,
        nativeName: input.nativeName ?? "",
        aliases: JSON.stringify(input.aliases ?? []),
        title: input.title,
        ...storedCountry(input.country),
        summary: input.summary,
        tags: tagsAsSpelt(tx, actorId, input.tags),
        priority: input.priority,
        status: input.status,
        restricted: input.restricted ?? false,
        arrestDate: input.arrestDate,
        arrestPlace: input.arrestPlace,
        placeHeld: input.placeHeld,
        charges: input.charges,
        sentence: input.sentence,
        sentenceDate: input.sentenceDate,
        ownerId: actorId,
        createdBy: actorId,
        updatedBy: actorId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .returning()
      .get();
    // A restricted case starts with its creator on the team, or no one could see it.
    if (row.restricted) tx.insert(caseTeamMembers).values({ caseId: row.id, userId: actorId, addedBy: actorId }).run();
    // Owners watch their cases.
    tx.insert(caseWatchers).values({ caseId: row.id, userId: actorId }).run();
    tx.insert(caseStatusChanges)
      .values({
        caseId: row.id,
        fromStatus: null,
        toStatus: input.status,
        changedBy: actorId,
        changedAt: timestamp,
        occurredOn: openingStatusDate(input) ?? timestamp.slice(0, 10),
      })
      .run();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "case",
      entityId: row.id,
      caseId: row.id,
      details: { personName: input.personName, title: input.title, status: input.status, ...auditDetails },
    });
    return toCaseRow(row);
  }
}

/** Saves an edit made from `input.version`; refuses if the case has moved on since. */
export function updateCase(db: Db, actorId: number, id: number, input: CaseEdit): CaseRow {
  return db.transaction((tx) => {
    const row = updateVersioned(tx, cases, {
      actorId,
      id,
      version: input.version,
      entityType: "case",
      notFound: "That case does not exist.",
      guard: (before) => {
        if (!findCaseForWrite(tx, actorId, before.id)) throw new NotFoundError("That case does not exist.");
        if (before.archivedAt) throw new DomainRuleError(ARCHIVED_READ_ONLY);
      },
      current: toCaseRow,
      change: () => ({
        values: {
          personName: input.personName,
          nativeName: input.nativeName ?? "",
          aliases: JSON.stringify(input.aliases ?? []),
          title: input.title,
          ...storedCountry(input.country),
          summary: input.summary,
          tags: tagsAsSpelt(tx, actorId, input.tags, id),
          priority: input.priority,
          arrestDate: input.arrestDate,
          arrestPlace: input.arrestPlace,
          placeHeld: input.placeHeld,
          charges: input.charges,
          sentence: input.sentence,
          sentenceDate: input.sentenceDate,
        },
        stamp: { updatedBy: actorId },
        audit: () => ({ caseIds: [id] }),
      }),
    });
    redateOpeningStatus(tx, actorId, id, input);
    return toCaseRow(row);
  });
}

/**
 * The opening status describes the arrest (or sentence), so it stands on that day: when the
 * case form corrects the date, the opening entry moves with it, and the audit trail says so.
 * A case with no such date keeps the day its opening entry already has.
 */
function redateOpeningStatus(tx: Tx, actorId: number, caseId: number, dates: { arrestDate: string | null; sentenceDate: string | null }) {
  const opening = tx
    .select({ id: caseStatusChanges.id, toStatus: caseStatusChanges.toStatus, occurredOn: caseStatusChanges.occurredOn })
    .from(caseStatusChanges)
    .where(and(eq(caseStatusChanges.caseId, caseId), isNull(caseStatusChanges.fromStatus)))
    .orderBy(asc(caseStatusChanges.id))
    .limit(1)
    .get();
  if (!opening) return;
  const day = openingStatusDate({ status: opening.toStatus, ...dates });
  if (!day || day === opening.occurredOn) return;
  tx.update(caseStatusChanges).set({ occurredOn: day }).where(eq(caseStatusChanges.id, opening.id)).run();
  recordAudit(tx, {
    actorId,
    action: "update",
    entityType: "case",
    entityId: caseId,
    caseId,
    details: { openingStatusOccurredOn: [opening.occurredOn, day] },
  });
}

/**
 * Moves a case to a new status if the domain allows it, recording who, when, from, to and why.
 * `occurredOn` (YYYY-MM-DD) is the day it happened, when that is not the day it is recorded: the
 * move takes its place in the history by that day, while the case's status becomes `toStatus`
 * whatever the day, because the newest word recorded on a case is what staff act on.
 */
export function recordStatusChange(
  db: Db,
  actorId: number,
  caseId: number,
  toStatus: CaseStatus,
  moveNote: string | MoveNote,
  at?: string,
  occurredOn?: string,
): CaseRow {
  const note = toMoveNote(moveNote);
  return db.transaction((tx) => {
    const current = findCaseForWrite(tx, actorId, caseId);
    if (!current) throw new NotFoundError("That case does not exist.");
    if (current.archivedAt) throw new DomainRuleError(ARCHIVED_READ_ONLY);
    const moved = recordStatusMove(tx, {
      actorId,
      entityType: "case",
      entityId: caseId,
      caseId,
      from: current.status,
      to: toStatus,
      note,
      at,
      occurredOn,
      isStatus: isCaseStatus,
      checkMove: checkCaseStatusMove,
      writeHistory: (values) =>
        tx
          .insert(caseStatusChanges)
          .values({ caseId, ...values })
          .run(),
      writeStatus: (_from, timestamp) => {
        const row = tx
          .update(cases)
          .set({ status: toStatus, updatedBy: actorId, updatedAt: timestamp, version: sql`${cases.version} + 1` })
          .where(eq(cases.id, caseId))
          .returning()
          .get();
        if (!row) throw new NotFoundError("That case does not exist.");
        return toCaseRow(row);
      },
      touchesCase: false,
    });
    notifyWatchers(tx, { caseId, actorId, kind: "status", status: toStatus });
    return moved;
  });
}
