import { and, desc, eq, isNull, sql, count } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { recordAudit, diffFields } from "../audit";
import { cases, caseStatusChanges, users, type Case } from "../schema";
import { checkCaseStatusMove, isCaseStatus, type CaseStatus } from "../../lib/domain/case-status";
import { slugify } from "../../lib/domain/slug";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../lib/domain/errors";
import type { CreateCaseInput, UpdateCaseInput } from "../../lib/validation/case";

export interface CaseRow extends Omit<Case, "tags"> {
  tags: string[];
}

function toCaseRow(row: Case): CaseRow {
  return { ...row, tags: parseTags(row.tags) };
}

function parseTags(raw: string): string[] {
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

function uniqueSlug(db: Db, personName: string): string {
  const base = slugify(personName);
  let slug = base;
  for (let i = 2; db.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug)).get(); i++) {
    slug = `${base}-${i}`;
  }
  return slug;
}

export function findCaseById(db: Db, id: number): CaseRow | null {
  const row = db.select().from(cases).where(eq(cases.id, id)).get();
  return row ? toCaseRow(row) : null;
}

export interface CaseListFilters {
  status?: CaseStatus;
  page?: number;
  pageSize?: number;
}

export function listCases(db: Db, filters: CaseListFilters = {}) {
  const pageSize = filters.pageSize ?? 50;
  const page = Math.max(1, filters.page ?? 1);
  const where = and(isNull(cases.archivedAt), filters.status ? eq(cases.status, filters.status) : undefined);
  const rows = db
    .select({
      id: cases.id,
      personName: cases.personName,
      title: cases.title,
      country: cases.country,
      status: cases.status,
      priority: cases.priority,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total = db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
  return { rows, total, page, pageSize };
}

export function countCasesByStatus(db: Db): Record<string, number> {
  const rows = db
    .select({ status: cases.status, n: count() })
    .from(cases)
    .where(isNull(cases.archivedAt))
    .groupBy(cases.status)
    .all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Creates a case and its first status-history entry in one transaction. */
export function insertCase(db: Db, actorId: number, input: CreateCaseInput, at?: string): CaseRow {
  return db.transaction((tx) => {
    const timestamp = at ?? new Date().toISOString();
    const row = tx
      .insert(cases)
      .values({
        slug: uniqueSlug(db, input.personName),
        personName: input.personName,
        title: input.title,
        country: input.country,
        summary: input.summary,
        tags: JSON.stringify(input.tags),
        priority: input.priority,
        status: input.status,
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
    tx.insert(caseStatusChanges)
      .values({ caseId: row.id, fromStatus: null, toStatus: input.status, changedBy: actorId, changedAt: timestamp })
      .run();
    recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "case",
      entityId: row.id,
      caseId: row.id,
      details: { personName: input.personName, title: input.title, status: input.status },
    });
    return toCaseRow(row);
  });
}

/** Saves an edit made from `input.version`; refuses if the case has moved on since. */
export function updateCase(db: Db, actorId: number, id: number, input: UpdateCaseInput): CaseRow {
  return db.transaction((tx) => {
    const before = tx.select().from(cases).where(eq(cases.id, id)).get();
    if (!before) throw new NotFoundError("That case does not exist.");
    if (before.version !== input.version) throw new StaleVersionError(toCaseRow(before) as never);
    const next = {
      personName: input.personName,
      title: input.title,
      country: input.country,
      summary: input.summary,
      tags: JSON.stringify(input.tags),
      priority: input.priority,
      arrestDate: input.arrestDate,
      arrestPlace: input.arrestPlace,
      placeHeld: input.placeHeld,
      charges: input.charges,
      sentence: input.sentence,
      sentenceDate: input.sentenceDate,
    };
    const changes = diffFields(before, next);
    const row = tx
      .update(cases)
      .set({ ...next, updatedBy: actorId, updatedAt: new Date().toISOString(), version: sql`${cases.version} + 1` })
      .where(and(eq(cases.id, id), eq(cases.version, input.version)))
      .returning()
      .get();
    if (!row) throw new StaleVersionError(toCaseRow(before) as never);
    recordAudit(tx, { actorId, action: "update", entityType: "case", entityId: id, caseId: id, details: changes });
    return toCaseRow(row);
  });
}

/** Moves a case to a new status if the domain allows it, recording who, when, from, to and why. */
export function recordStatusChange(
  db: Db,
  actorId: number,
  caseId: number,
  toStatus: CaseStatus,
  note: string,
  at?: string,
): CaseRow {
  return db.transaction((tx) => {
    const current = tx.select().from(cases).where(eq(cases.id, caseId)).get();
    if (!current) throw new NotFoundError("That case does not exist.");
    if (!isCaseStatus(current.status)) throw new DomainRuleError("The case has an unknown status.");
    const check = checkCaseStatusMove(current.status, toStatus);
    if (!check.ok) throw new DomainRuleError(check.reason);
    const timestamp = at ?? new Date().toISOString();
    tx.insert(caseStatusChanges)
      .values({ caseId, fromStatus: current.status, toStatus, note, changedBy: actorId, changedAt: timestamp })
      .run();
    const row = tx
      .update(cases)
      .set({ status: toStatus, updatedBy: actorId, updatedAt: timestamp, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId))
      .returning()
      .get();
    recordAudit(tx, {
      actorId,
      action: "status_change",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: { status: [current.status, toStatus], note },
    });
    return toCaseRow(row!);
  });
}

export function listStatusHistory(db: Db, caseId: number) {
  const changer = alias(users, "changer");
  return db
    .select({
      id: caseStatusChanges.id,
      fromStatus: caseStatusChanges.fromStatus,
      toStatus: caseStatusChanges.toStatus,
      note: caseStatusChanges.note,
      changedAt: caseStatusChanges.changedAt,
      changedByName: changer.name,
    })
    .from(caseStatusChanges)
    .innerJoin(changer, eq(changer.id, caseStatusChanges.changedBy))
    .where(eq(caseStatusChanges.caseId, caseId))
    .orderBy(desc(caseStatusChanges.changedAt), desc(caseStatusChanges.id))
    .all();
}
