import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { cases, caseWatchers, users } from "../schema";
import { teamReader, visible, type Reader } from "../visibility";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import { ARCHIVED_READ_ONLY } from "./case-writable";
import { notifyAssigned } from "./notifications";

const CASE_NOT_FOUND = "That case does not exist.";

/** The ids of everyone on case `@caseId`'s team: its members and its groups' members. */
const TEAM_USER_IDS = sql`SELECT m.user_id FROM case_team_members m WHERE m.case_id = c.id
  UNION SELECT gm.user_id FROM case_team_groups g JOIN user_group_members gm ON gm.group_id = g.group_id WHERE g.case_id = c.id`;

/** Whether user `u` could see case `c` (an unrestricted case, or one they are on the team of). */
const KNOWS_CASE = sql`(c.restricted = 0 OR u.id IN (${TEAM_USER_IDS}))`;

export interface Person {
  id: number;
  name: string;
}

export interface CaseFollowing {
  version: number;
  owner: Person | null;
  /** Active watchers who can see the case, by name. */
  watchers: Person[];
  /** Whether the reader watches it. */
  watching: boolean;
}

function findVisibleCase(db: Db | Tx, reader: Reader, caseId: number) {
  return db
    .select({ id: cases.id, ownerId: cases.ownerId, version: cases.version, archivedAt: cases.archivedAt })
    .from(cases)
    .where(and(eq(cases.id, caseId), visible("case", "cases", reader)))
    .get();
}

function watchersOf(db: Db | Tx, caseId: number): Person[] {
  return db.all<Person>(
    sql`SELECT u.id, u.name FROM case_watchers w JOIN users u ON u.id = w.user_id AND u.active = 1 JOIN cases c ON c.id = w.case_id
         WHERE w.case_id = ${caseId} AND ${KNOWS_CASE} ORDER BY u.name COLLATE NOCASE`,
  );
}

/** Who owns and who watches a case the reader can see; null for one they cannot. */
export function getCaseFollowing(db: Db, reader: Reader, caseId: number): CaseFollowing | null {
  const kase = findVisibleCase(db, reader, caseId);
  if (!kase) return null;
  const owner = kase.ownerId
    ? (db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, kase.ownerId)).get() ?? null)
    : null;
  const watchers = watchersOf(db, caseId);
  return { version: kase.version, owner, watchers, watching: watchers.some((w) => w.id === reader.userId) };
}

/** Who a case can be given to: active campaigners and admins who can see it (its team, if restricted). */
export function listOwnerCandidates(db: Db | Tx, caseId: number): Person[] {
  return db.all<Person>(
    sql`SELECT u.id, u.name FROM users u JOIN cases c ON c.id = ${caseId}
         WHERE u.active = 1 AND u.role IN ('campaigner', 'admin') AND ${KNOWS_CASE} ORDER BY u.name COLLATE NOCASE`,
  );
}

/** Starts or stops the reader watching a case they can see; whether anything changed. */
export function setCaseWatching(db: Db, reader: Reader, caseId: number, watching: boolean): boolean {
  return db.transaction((tx) => {
    if (!findVisibleCase(tx, reader, caseId)) throw new NotFoundError(CASE_NOT_FOUND);
    if (watching) {
      return tx.insert(caseWatchers).values({ caseId, userId: reader.userId }).onConflictDoNothing().run().changes > 0;
    }
    return (
      tx
        .delete(caseWatchers)
        .where(and(eq(caseWatchers.caseId, caseId), eq(caseWatchers.userId, reader.userId)))
        .run().changes > 0
    );
  });
}

/**
 * Gives a case to another owner, from the version the form was loaded with: the case's
 * version moves on, its history records who had it and who has it now, the new owner starts
 * watching it and is told.
 */
export function reassignCase(db: Db, actorId: number, caseId: number, input: { ownerId: number; version: number }): CaseFollowing {
  return db.transaction((tx) => {
    const kase = findVisibleCase(tx, teamReader(actorId), caseId);
    if (!kase) throw new NotFoundError(CASE_NOT_FOUND);
    if (kase.archivedAt) throw new DomainRuleError(ARCHIVED_READ_ONLY);
    const ownerName = (id: number | null) =>
      id ? (tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null) : null;
    if (kase.version !== input.version) {
      throw new StaleVersionError({ version: kase.version, owner: ownerName(kase.ownerId) });
    }
    const next = listOwnerCandidates(tx, caseId).find((c) => c.id === input.ownerId);
    if (!next) {
      throw new FieldRuleError("ownerId", "Choose an owner from the list: an active campaigner or admin who can see this case.");
    }
    if (next.id === kase.ownerId) throw new FieldRuleError("ownerId", `${next.name} already owns this case.`);
    const timestamp = new Date().toISOString();
    const updated = tx
      .update(cases)
      .set({ ownerId: next.id, updatedBy: actorId, updatedAt: timestamp, version: sql`${cases.version} + 1` })
      .where(and(eq(cases.id, caseId), eq(cases.version, input.version)))
      .run();
    if (updated.changes === 0) throw new StaleVersionError({ version: kase.version, owner: ownerName(kase.ownerId) });
    recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: { owner: [ownerName(kase.ownerId), next.name] },
    });
    tx.insert(caseWatchers).values({ caseId, userId: next.id }).onConflictDoNothing().run();
    notifyAssigned(tx, { caseId, actorId, ownerId: next.id });
    const watchers = watchersOf(tx, caseId);
    return { version: kase.version + 1, owner: next, watchers, watching: watchers.some((w) => w.id === actorId) };
  });
}
