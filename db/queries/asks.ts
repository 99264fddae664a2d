import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { recordAudit, diffFields } from "../audit";
import { asks, askStatusChanges, cases, people, users, type Ask } from "../schema";
import {
  AWAITING_ASK_STATUSES,
  CLOSED_ASK_STATUSES,
  checkAskStatusMove,
  isAskStatus,
  type AskStatus,
} from "../../domain/ask-status";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import type { CreateAskInput, UpdateAskInput } from "../../domain/schemas/ask";
import { matchesWords } from "./full-text";
import { preparedPerConnection } from "../prepared";
import { assertCaseWritable } from "./case-writable";
import { isConfidentialRecord, noteText, readerParams, visible, type Reader } from "../visibility";
import { toMoveNote, type ConfidentialOptional, type MoveNote } from "../../domain/move-note";

/** How many officials the log-an-ask form offers before anything is searched for. */
export const OFFICIAL_CHOICES = 20;

/**
 * Officials to choose from when logging an ask on a case, by name: those already asked on
 * the case and the most recently added ones; with `q`, those whose name, office or
 * institution match its words instead. A directory of thousands of officials is never
 * sent whole to the form.
 */
export function listOfficialChoices(db: Db, reader: Reader, { caseId, q }: { caseId?: number; q?: string } = {}) {
  const officials = and(eq(people.kind, "official"), visible("person", "people", reader));
  const columns = { id: people.id, name: people.name, office: people.office, confidential: people.confidential };
  const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;
  if (q !== undefined) {
    const found = matchesWords(people.id, "search_people", q, 200);
    if (!found) return [];
    return db
      .select(columns)
      .from(people)
      .where(and(officials, found))
      .orderBy(desc(people.id))
      .limit(OFFICIAL_CHOICES)
      .all()
      .sort(byName);
  }
  const recent = db.select(columns).from(people).where(officials).orderBy(desc(people.id)).limit(OFFICIAL_CHOICES).all();
  const askedHere =
    caseId === undefined
      ? []
      : db
          .select(columns)
          .from(people)
          .where(and(officials, sql`${people.id} in (select official_id from asks where case_id = ${caseId})`))
          .all();
  const seen = new Set<number>();
  return [...askedHere, ...recent].filter((o) => !seen.has(o.id) && seen.add(o.id)).sort(byName);
}

/** Users who may own an ask: active accounts that can act on it (not viewers). */
export function listAskOwners(db: Db) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ["admin", "campaigner"])))
    .orderBy(asc(users.name))
    .all();
}

function assertOwner(db: Db, ownerId: number) {
  const owner = db.select({ active: users.active, role: users.role }).from(users).where(eq(users.id, ownerId)).get();
  if (!owner || !owner.active || owner.role === "viewer") {
    throw new FieldRuleError("ownerId", "Choose an owner from the active campaigners and admins.");
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Logs an ask on a case, creating the official first when the form typed in a new one.
 * The official's current office is copied so the record stays true after a reshuffle.
 */
export function insertAsk(db: Db, actorId: number, caseId: number, input: ConfidentialOptional<CreateAskInput>, at?: string): Ask {
  return db.transaction((tx) => {
    const timestamp = at ?? new Date().toISOString();
    assertCaseWritable(tx, caseId);
    assertOwner(db, input.ownerId);

    let official: { id: number; office: string };
    if (input.official.kind === "new") {
      official = tx
        .insert(people)
        .values({
          kind: "official",
          name: input.official.name,
          office: input.official.office,
          createdBy: actorId,
          createdAt: timestamp,
          updatedAt: timestamp,
        })
        .returning({ id: people.id, office: people.office })
        .get();
      recordAudit(tx, {
        actorId,
        action: "create",
        entityType: "person",
        entityId: official.id,
        details: { kind: "official", name: input.official.name, office: input.official.office },
      });
    } else {
      const existing = tx
        .select({ id: people.id, office: people.office })
        .from(people)
        .where(and(eq(people.id, input.official.id), eq(people.kind, "official")))
        .get();
      if (!existing) throw new FieldRuleError("officialId", "Choose an official from the list.");
      official = existing;
    }

    const row = tx
      .insert(asks)
      .values({
        caseId,
        officialId: official.id,
        officeAtTime: official.office,
        text: input.text,
        channel: input.channel,
        madeOn: input.madeOn,
        ownerId: input.ownerId,
        followUpOn: input.followUpOn,
        status: input.status,
        confidential: input.confidential,
        createdBy: actorId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .returning()
      .get();
    tx.insert(askStatusChanges)
      .values({ askId: row.id, fromStatus: null, toStatus: input.status, changedBy: actorId, changedAt: timestamp })
      .run();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "ask",
      entityId: row.id,
      caseId,
      details: { officialId: official.id, officeAtTime: official.office, channel: input.channel, status: input.status, confidential: input.confidential },
      confidential: isConfidentialRecord(tx, "ask", row.id),
    });
    tx.update(cases).set({ updatedAt: timestamp, updatedBy: actorId }).where(eq(cases.id, caseId)).run();
    return row;
  });
}

export function findAskById(db: Db, reader: Reader, id: number): Ask | null {
  return db.select().from(asks).where(and(eq(asks.id, id), visible("ask", "asks", reader))).get() ?? null;
}

/** Saves an edit made from `input.version`; refuses if the ask has changed since. */
export function updateAsk(db: Db, actorId: number, askId: number, input: ConfidentialOptional<UpdateAskInput>): Ask {
  return db.transaction((tx) => {
    const before = tx.select().from(asks).where(eq(asks.id, askId)).get();
    if (!before) throw new NotFoundError("That ask does not exist.");
    assertCaseWritable(tx, before.caseId);
    if (before.version !== input.version) throw new StaleVersionError(before);
    if (before.status !== "planned" && !input.madeOn) {
      throw new FieldRuleError("madeOn", "Date made is required once the ask has been made.");
    }
    if (input.ownerId !== before.ownerId) assertOwner(db, input.ownerId);
    const wasConfidential = isConfidentialRecord(tx, "ask", askId);
    const next = {
      text: input.text,
      channel: input.channel,
      madeOn: input.madeOn,
      ownerId: input.ownerId,
      followUpOn: input.followUpOn,
      officeAtTime: input.officeAtTime,
      confidential: input.confidential,
    };
    const changes = diffFields(before, next);
    const timestamp = new Date().toISOString();
    const row = tx
      .update(asks)
      .set({ ...next, updatedAt: timestamp, version: sql`${asks.version} + 1` })
      .where(and(eq(asks.id, askId), eq(asks.version, input.version)))
      .returning()
      .get();
    if (!row) throw new StaleVersionError(before);
    recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "ask",
      entityId: askId,
      caseId: before.caseId,
      details: changes,
      confidential: wasConfidential || isConfidentialRecord(tx, "ask", askId),
    });
    tx.update(cases).set({ updatedAt: timestamp, updatedBy: actorId }).where(eq(cases.id, before.caseId)).run();
    return row;
  });
}

/**
 * Moves an ask to a new status if the pipeline allows it, recording who, when, from, to
 * and why. Making a planned ask with no date records today as the date it was made.
 */
export function recordAskStatusChange(
  db: Db,
  actorId: number,
  askId: number,
  toStatus: AskStatus,
  moveNote: string | MoveNote,
  at?: string,
): Ask {
  const note = toMoveNote(moveNote);
  return db.transaction((tx) => {
    const current = tx.select().from(asks).where(eq(asks.id, askId)).get();
    if (!current) throw new NotFoundError("That ask does not exist.");
    assertCaseWritable(tx, current.caseId);
    if (!isAskStatus(current.status)) throw new DomainRuleError("The ask has an unknown status.");
    const check = checkAskStatusMove(current.status, toStatus);
    if (!check.ok) throw new DomainRuleError(check.reason);
    const timestamp = at ?? new Date().toISOString();
    const madeOn = current.madeOn ?? (toStatus === "made" ? timestamp.slice(0, 10) : null);
    tx.insert(askStatusChanges)
      .values({ askId, fromStatus: current.status, toStatus, note: note.text, noteConfidential: note.confidential, changedBy: actorId, changedAt: timestamp })
      .run();
    const row = tx
      .update(asks)
      .set({ status: toStatus, madeOn, updatedAt: timestamp, version: sql`${asks.version} + 1` })
      .where(eq(asks.id, askId))
      .returning()
      .get();
    recordAudit(tx, {
      actorId,
      action: "status_change",
      entityType: "ask",
      entityId: askId,
      caseId: current.caseId,
      details: { status: [current.status, toStatus], note: note.text },
      confidential: note.confidential || isConfidentialRecord(tx, "ask", askId),
    });
    tx.update(cases).set({ updatedAt: timestamp, updatedBy: actorId }).where(eq(cases.id, current.caseId)).run();
    return row!;
  });
}

// A case's asks, newest first, and the status history of those shown; prepared once per
// connection (see preparedPerConnection): building their SQL cost more than running it.
const caseAsksQueries = preparedPerConnection((db) => {
  const caseId = sql.placeholder("caseId");
  const limit = sql.placeholder("limit");
  const owner = alias(users, "owner");
  const changer = alias(users, "changer");
  const ofCase = and(eq(asks.caseId, caseId), visible("ask", "asks"));
  const shownIds = db.select({ id: asks.id }).from(asks).where(ofCase).orderBy(desc(asks.createdAt), desc(asks.id)).limit(limit);
  return {
    asks: db
      .select({
        id: asks.id,
        caseId: asks.caseId,
        officialId: asks.officialId,
        officialName: people.name,
        officialConfidential: people.confidential,
        confidential: asks.confidential,
        officeAtTime: asks.officeAtTime,
        text: asks.text,
        channel: asks.channel,
        madeOn: asks.madeOn,
        followUpOn: asks.followUpOn,
        ownerId: asks.ownerId,
        ownerName: owner.name,
        status: asks.status,
        createdAt: asks.createdAt,
        version: asks.version,
      })
      .from(asks)
      .innerJoin(people, eq(people.id, asks.officialId))
      .leftJoin(owner, eq(owner.id, asks.ownerId))
      .where(ofCase)
      .orderBy(desc(asks.createdAt), desc(asks.id))
      .limit(limit)
      .prepare(),
    history: db
      .select({
        id: askStatusChanges.id,
        askId: askStatusChanges.askId,
        fromStatus: askStatusChanges.fromStatus,
        toStatus: askStatusChanges.toStatus,
        note: noteText("ask_status_changes"),
        noteConfidential: askStatusChanges.noteConfidential,
        changedAt: askStatusChanges.changedAt,
        changedByName: changer.name,
      })
      .from(askStatusChanges)
      .innerJoin(changer, eq(changer.id, askStatusChanges.changedBy))
      .where(inArray(askStatusChanges.askId, shownIds))
      .orderBy(desc(askStatusChanges.changedAt), desc(askStatusChanges.id))
      .prepare(),
  };
});

/** The asks of a case, newest first, each with its official, owner and status history; the first `limit` when given. */
export function listAsksForCase(db: Db, reader: Reader, caseId: number, { limit }: { limit?: number } = {}) {
  const queries = caseAsksQueries(db);
  // SQLite reads a negative limit as none.
  const params = { caseId, ...readerParams(reader), limit: limit ?? -1 };
  const rows = queries.asks.all(params);
  if (rows.length === 0) return [];
  const history = queries.history.all(params);
  return rows.map((r) => ({ ...r, history: history.filter((h) => h.askId === r.id) }));
}

export type CaseAsk = ReturnType<typeof listAsksForCase>[number];

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const dashboardAskColumns = {
  id: asks.id,
  caseId: asks.caseId,
  personName: cases.personName,
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
