import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { notifyWatchers } from "./notifications";
import { asks, askStatusChanges, people, users, type Ask } from "../schema";
import { checkAskStatusMove, isAskStatus, type AskStatus } from "../../domain/ask-status";
import { NotFoundError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import type { CreateAskInput, UpdateAskInput } from "../../domain/schemas/ask";
import { preparedPerConnection } from "../prepared";
import { assertCaseWritable, touchCase } from "./case-writable";
import { recordStatusMove } from "./status-move";
import { setCitations } from "./citations";
import { updateVersioned } from "./versioned-update";
import { isConfidentialRecord, noteText, readerParams, visible, type Reader } from "../visibility";
import { toMoveNote, type ConfidentialOptional, type MoveNote } from "../../domain/move-note";

// The pickers of the ask forms (officials, owners) are in ./ask-pickers.
export { listAskOwners, listOfficialChoices } from "./ask-pickers";

function assertOwner(db: Db, ownerId: number) {
  const owner = db.select({ active: users.active, role: users.role }).from(users).where(eq(users.id, ownerId)).get();
  if (!owner || !owner.active || owner.role === "viewer") {
    throw new FieldRuleError("ownerId", "Choose an owner from the active campaigners and admins.");
  }
}

/**
 * Logs an ask on a case, creating the official first when the form typed in a new one.
 * The official's current office is copied so the record stays true after a reshuffle.
 */
export function insertAsk(
  db: Db,
  actorId: number,
  caseId: number,
  input: ConfidentialOptional<Omit<CreateAskInput, "sourceIds">> & { sourceIds?: number[] },
  at?: string,
): Ask {
  return db.transaction((tx) => {
    const timestamp = at ?? new Date().toISOString();
    assertCaseWritable(tx, caseId, actorId);
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
      .values({
        askId: row.id,
        fromStatus: null,
        toStatus: input.status,
        changedBy: actorId,
        changedAt: timestamp,
        // A planned ask has not happened yet: its first entry is dated the day it was planned.
        occurredOn: input.madeOn ?? timestamp.slice(0, 10),
      })
      .run();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "ask",
      entityId: row.id,
      caseId,
      details: {
        officialId: official.id,
        officeAtTime: official.office,
        channel: input.channel,
        status: input.status,
        confidential: input.confidential,
      },
      confidential: isConfidentialRecord(tx, "ask", row.id),
    });
    // Only campaigners and admins log asks, and they see every source of the case; the
    // citations join this transaction (better-sqlite3 nests it as a savepoint).
    if (input.sourceIds?.length) {
      setCitations(db, { userId: actorId, seesConfidential: true }, actorId, caseId, "ask", row.id, input.sourceIds, timestamp);
    }
    notifyWatchers(tx, { caseId, actorId, kind: "ask", subjectId: row.id });
    touchCase(tx, caseId, actorId, timestamp);
    return row;
  });
}

export function findAskById(db: Db, reader: Reader, id: number): Ask | null {
  return (
    db
      .select()
      .from(asks)
      .where(and(eq(asks.id, id), visible("ask", "asks", reader)))
      .get() ?? null
  );
}

/** Saves an edit made from `input.version`; refuses if the ask has changed since. */
export function updateAsk(db: Db, actorId: number, askId: number, input: ConfidentialOptional<UpdateAskInput>): Ask {
  return db.transaction((tx) =>
    updateVersioned(tx, asks, {
      actorId,
      id: askId,
      version: input.version,
      entityType: "ask",
      notFound: "That ask does not exist.",
      guard: (before) => assertCaseWritable(tx, before.caseId, actorId),
      current: (before) => before,
      change: (before) => {
        if (before.status !== "planned" && !input.madeOn) {
          throw new FieldRuleError("madeOn", "Date made is required once the ask has been made.");
        }
        if (input.ownerId !== before.ownerId) assertOwner(db, input.ownerId);
        const wasConfidential = isConfidentialRecord(tx, "ask", askId);
        return {
          values: {
            text: input.text,
            channel: input.channel,
            madeOn: input.madeOn,
            ownerId: input.ownerId,
            followUpOn: input.followUpOn,
            officeAtTime: input.officeAtTime,
            confidential: input.confidential,
          },
          audit: () => ({ caseIds: [before.caseId], confidential: wasConfidential || isConfidentialRecord(tx, "ask", askId) }),
          touchCaseId: before.caseId,
        };
      },
    }),
  );
}

/**
 * Moves an ask to a new status if the pipeline allows it, recording who, when, from, to
 * and why, and `occurredOn`, the day it happened (the day recorded when not given). Making a
 * planned ask with no date records that day as the date it was made.
 */
export function recordAskStatusChange(
  db: Db,
  actorId: number,
  askId: number,
  toStatus: AskStatus,
  moveNote: string | MoveNote,
  at?: string,
  occurredOn?: string,
): Ask {
  const note = toMoveNote(moveNote);
  return db.transaction((tx) => {
    const current = tx.select().from(asks).where(eq(asks.id, askId)).get();
    if (!current) throw new NotFoundError("That ask does not exist.");
    assertCaseWritable(tx, current.caseId, actorId);
    return recordStatusMove(tx, {
      actorId,
      entityType: "ask",
      entityId: askId,
      caseId: current.caseId,
      from: current.status,
      to: toStatus,
      note,
      at,
      occurredOn,
      isStatus: isAskStatus,
      checkMove: checkAskStatusMove,
      writeHistory: (values) =>
        tx
          .insert(askStatusChanges)
          .values({ askId, ...values })
          .run(),
      writeStatus: (_from, timestamp) => {
        const madeOn = current.madeOn ?? (toStatus === "made" ? (occurredOn ?? timestamp.slice(0, 10)) : null);
        const set = { status: toStatus, madeOn, updatedAt: timestamp, version: sql`${asks.version} + 1` };
        const row = tx.update(asks).set(set).where(eq(asks.id, askId)).returning().get();
        if (!row) throw new NotFoundError("That ask does not exist.");
        return row;
      },
      recordConfidential: () => isConfidentialRecord(tx, "ask", askId),
      touchesCase: true,
    });
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
        occurredOn: askStatusChanges.occurredOn,
        changedAt: askStatusChanges.changedAt,
        changedByName: changer.name,
      })
      .from(askStatusChanges)
      .innerJoin(changer, eq(changer.id, askStatusChanges.changedBy))
      .where(inArray(askStatusChanges.askId, shownIds))
      .orderBy(desc(askStatusChanges.occurredOn), desc(askStatusChanges.changedAt), desc(askStatusChanges.id))
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
