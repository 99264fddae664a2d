import { and, asc, desc, eq, inArray, isNull, sql, count } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { cachedUntilWrite } from "../write-revision-cache";
import { cases, caseStatusChanges, users, type Case } from "../schema";
import type { CaseStatus } from "../../domain/case-status";
import { parseAliases } from "../../domain/person-name";
import type { Priority } from "../../domain/schemas/case";
import type { CaseFollow, CaseSort } from "../../domain/schemas/case-list";
import { preparedPerConnection } from "../prepared";
import { noteText, readerParams, visible, type Reader } from "../visibility";

// Reads of cases; the writes are in case-writes.ts and the CSV import in case-import.ts.

export interface CaseRow extends Omit<Case, "tags" | "aliases"> {
  tags: string[];
  aliases: string[];
}

export function toCaseRow(row: Case): CaseRow {
  return { ...row, tags: parseTags(row.tags), aliases: parseAliases(row.aliases) };
}

function parseTags(raw: string): string[] {
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

// Run on every case page.
const caseById = preparedPerConnection((db) =>
  db
    .select()
    .from(cases)
    .where(and(eq(cases.id, sql.placeholder("id")), visible("case", "cases")))
    .prepare(),
);

/** The case, or null when there is none or the reader may not know of it (a restricted case they are not on the team of). */
export function findCaseById(db: Db, reader: Reader, id: number): CaseRow | null {
  const row = caseById(db).get({ id, ...readerParams(reader) });
  return row ? toCaseRow(row) : null;
}

export interface CaseListFilters {
  status?: CaseStatus;
  country?: string;
  tag?: string;
  priority?: Priority;
  owner?: number;
  follow?: CaseFollow;
  sort?: CaseSort;
  page?: number;
  pageSize?: number;
}

function caseListWhere(reader: Reader, filters: CaseListFilters) {
  return and(
    isNull(cases.archivedAt),
    visible("case", "cases", reader),
    filters.status ? eq(cases.status, filters.status) : undefined,
    filters.country ? sql`lower(${cases.country}) = lower(${filters.country})` : undefined,
    filters.tag
      ? sql`exists (select 1 from json_each(case when json_valid(${cases.tags}) then ${cases.tags} else '[]' end) t where lower(t.value) = lower(${filters.tag}))`
      : undefined,
    filters.priority ? eq(cases.priority, filters.priority) : undefined,
    filters.owner ? eq(cases.ownerId, filters.owner) : undefined,
    filters.follow === "mine" ? eq(cases.ownerId, reader.userId) : undefined,
    filters.follow === "watching"
      ? sql`exists (select 1 from case_watchers w where w.case_id = ${cases.id} and w.user_id = ${reader.userId})`
      : undefined,
  );
}

function caseListOrder(sort: CaseSort = "updated_desc") {
  const name = sql`${cases.personName} collate nocase`;
  switch (sort) {
    case "name_asc":
      return [asc(name), asc(cases.id)];
    case "name_desc":
      return [desc(name), desc(cases.id)];
    case "arrest_asc":
      return [sql`${cases.arrestDate} is null`, asc(cases.arrestDate), asc(cases.id)];
    case "arrest_desc":
      return [sql`${cases.arrestDate} is null`, desc(cases.arrestDate), desc(cases.id)];
    case "updated_asc":
      return [asc(cases.updatedAt), asc(cases.id)];
    default:
      return [desc(cases.updatedAt), desc(cases.id)];
  }
}

/** Cases per page of the case list. */
const CASE_LIST_PAGE_SIZE = 25;

/** One page of the active (not archived) cases matching the filters. */
export function listCases(db: Db, reader: Reader, filters: CaseListFilters = {}) {
  const pageSize = filters.pageSize ?? CASE_LIST_PAGE_SIZE;
  const page = Math.max(1, filters.page ?? 1);
  const where = caseListWhere(reader, filters);
  const owner = alias(users, "owner");
  const rows = db
    .select({
      id: cases.id,
      personName: cases.personName,
      nativeName: cases.nativeName,
      title: cases.title,
      country: cases.country,
      status: cases.status,
      priority: cases.priority,
      arrestDate: cases.arrestDate,
      ownerName: owner.name,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .leftJoin(owner, eq(owner.id, cases.ownerId))
    .where(where)
    .orderBy(...caseListOrder(filters.sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const { status, country, tag, priority, owner: ownerId, follow } = filters;
  const total = cachedUntilWrite(
    db.$client,
    // Per reader: the restricted cases each may see differ.
    `case-count:${JSON.stringify([reader.userId, status, country, tag, priority, ownerId, follow])}`,
    () => db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0,
  );
  return { rows, total, page, pageSize };
}

/** The ids of every active case matching the filters, in the list's order (no paging): what an export walks through. */
export function listCaseIdsForExport(db: Db, reader: Reader, filters: Omit<CaseListFilters, "page" | "pageSize"> = {}): number[] {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(caseListWhere(reader, filters))
    .orderBy(...caseListOrder(filters.sort))
    .all()
    .map((r) => r.id);
}

/** The cases with these ids, with all the fields a CSV carries, in the order of `ids`. */
export function listCasesForExportByIds(db: Db, reader: Reader, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const owner = alias(users, "owner");
  const rows = db
    .select({ c: cases, ownerName: owner.name })
    .from(cases)
    .leftJoin(owner, eq(owner.id, cases.ownerId))
    .where(and(inArray(cases.id, [...ids]), visible("case", "cases", reader)))
    .all();
  const byId = new Map(rows.map(({ c, ownerName }) => [c.id, { ...toCaseRow(c), ownerName }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The choices the list's filter selects offer: countries, tags and owners in use. */
export function listCaseFilterOptions(db: Db, reader: Reader) {
  return cachedUntilWrite(db.$client, `case-filter-options:${reader.userId}`, () => readCaseFilterOptions(db, reader));
}

function readCaseFilterOptions(db: Db, reader: Reader) {
  const active = and(isNull(cases.archivedAt), visible("case", "cases", reader));
  const countries = db
    .selectDistinct({ country: cases.country })
    .from(cases)
    .where(active)
    .orderBy(sql`${cases.country} collate nocase`)
    .all()
    .map((r) => r.country);
  const tags = db
    .all<{ tag: string }>(
      // One choice per tag whatever its case: the filter matches every spelling of it.
      sql`select min(t.value) as tag from ${cases}, json_each(case when json_valid(${cases.tags}) then ${cases.tags} else '[]' end) t where ${cases.archivedAt} is null and ${visible("case", "cases", reader)} and t.type = 'text' group by lower(t.value) order by tag collate nocase`,
    )
    .map((r) => r.tag);
  const owners = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(cases, eq(cases.ownerId, users.id))
    .where(active)
    .orderBy(asc(users.name))
    .all();
  return { countries, tags, owners };
}

/** What identifies a case for import de-duplication: the person's name and the country. */
export function listCaseMatchKeys(db: Db, reader: Reader) {
  return db
    .select({ id: cases.id, slug: cases.slug, personName: cases.personName, country: cases.country })
    .from(cases)
    .where(visible("case", "cases", reader))
    .all();
}

export function countCasesByStatus(db: Db, reader: Reader): Record<string, number> {
  return cachedUntilWrite(db.$client, `cases-by-status:${reader.userId}`, () => readCountCasesByStatus(db, reader));
}

function readCountCasesByStatus(db: Db, reader: Reader): Record<string, number> {
  const rows = db
    .select({ status: cases.status, n: count() })
    .from(cases)
    .where(and(isNull(cases.archivedAt), visible("case", "cases", reader)))
    .groupBy(cases.status)
    .all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

const statusHistory = preparedPerConnection((db) => {
  const changer = alias(users, "changer");
  return (
    db
      .select({
        id: caseStatusChanges.id,
        fromStatus: caseStatusChanges.fromStatus,
        toStatus: caseStatusChanges.toStatus,
        note: noteText("case_status_changes"),
        noteConfidential: caseStatusChanges.noteConfidential,
        occurredOn: caseStatusChanges.occurredOn,
        changedAt: caseStatusChanges.changedAt,
        changedByName: changer.name,
      })
      .from(caseStatusChanges)
      .innerJoin(changer, eq(changer.id, caseStatusChanges.changedBy))
      .where(and(eq(caseStatusChanges.caseId, sql.placeholder("caseId")), visible("status_change", "case_status_changes")))
      // By the day each move happened, a backdated one in its place; moves of one day as recorded.
      .orderBy(desc(caseStatusChanges.occurredOn), desc(caseStatusChanges.changedAt), desc(caseStatusChanges.id))
      .prepare()
  );
});

/** The case's status changes, latest happened first, with their notes as the reader may see them. */
export function listStatusHistory(db: Db, reader: Reader, caseId: number) {
  return statusHistory(db).all({ caseId, ...readerParams(reader) });
}
