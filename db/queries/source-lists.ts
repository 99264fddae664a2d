import { and, asc, desc, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { cases, caseSources, sources, type Source } from "../schema";
import { matchesWords } from "./full-text";
import { readerParams, visible, type Reader } from "../visibility";

// The lists of sources: a case's, the organisation's, and those a case could link. Each is
// for a reader and holds only what the visibility policy lets them see.

/** Newest first by published date; undated sources last, most recently recorded first. */
const newestFirst = [sql`${sources.publishedOn} is null`, desc(sources.publishedOn), desc(sources.createdAt), desc(sources.id)];

// Prepared once per connection (see preparedPerConnection): a case's sources tab reads it
// on every visit, and building its SQL cost more than running it.
const caseSourcesQuery = preparedPerConnection((db) =>
  db
    .select({ source: sources })
    .from(caseSources)
    .innerJoin(sources, eq(sources.id, caseSources.sourceId))
    .where(and(eq(caseSources.caseId, sql.placeholder("caseId")), visible("source", "sources")))
    .orderBy(...newestFirst)
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** The sources of one case, newest first by published date; the first `limit` when given. */
export function listCaseSources(db: Db, reader: Reader, caseId: number, { limit }: { limit?: number } = {}): Source[] {
  // SQLite reads a negative limit as none.
  return caseSourcesQuery(db)
    .all({ caseId, ...readerParams(reader), limit: limit ?? -1 })
    .map((r) => r.source);
}

export interface SourceWithCases extends Source {
  cases: { id: number; personName: string }[];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function textMatch(q: string | undefined) {
  const term = q?.trim();
  if (!term) return undefined;
  const pattern = `%${escapeLike(term)}%`;
  return or(sql`${sources.title} like ${pattern} escape '\\'`, sql`${sources.outlet} like ${pattern} escape '\\'`);
}

/** Every source (optionally matching `q` in title or outlet) with the cases it is linked to. */
export function listSources(db: Db, reader: Reader, { q, limit = 200 }: { q?: string; limit?: number } = {}): SourceWithCases[] {
  const rows = db
    .select()
    .from(sources)
    .where(and(visible("source", "sources", reader), textMatch(q)))
    .orderBy(...newestFirst)
    .limit(limit)
    .all();
  if (rows.length === 0) return [];
  const links = db
    .select({ sourceId: caseSources.sourceId, caseId: cases.id, personName: cases.personName })
    .from(caseSources)
    .innerJoin(cases, eq(cases.id, caseSources.caseId))
    .where(
      and(
        inArray(
          caseSources.sourceId,
          rows.map((r) => r.id),
        ),
        visible("case_link", "case_sources", reader),
      ),
    )
    .orderBy(asc(cases.personName))
    .all();
  const bySource = new Map<number, { id: number; personName: string }[]>();
  for (const l of links) {
    const list = bySource.get(l.sourceId) ?? [];
    list.push({ id: l.caseId, personName: l.personName });
    bySource.set(l.sourceId, list);
  }
  return rows.map((r) => ({ ...r, cases: bySource.get(r.id) ?? [] }));
}

const LINKABLE_SEARCH_CANDIDATES = 500;

const linkableColumns = {
  id: sources.id,
  title: sources.title,
  outlet: sources.outlet,
  publishedOn: sources.publishedOn,
  confidential: sources.confidential,
};

// The picker without a search is drawn on every visit of a case's sources tab by a writer,
// and building its SQL cost more than running it: prepared once per connection.
const newestLinkableQuery = preparedPerConnection((db) =>
  db
    .select(linkableColumns)
    .from(sources)
    .where(
      and(
        notInArray(
          sources.id,
          db
            .select({ id: caseSources.sourceId })
            .from(caseSources)
            .where(eq(caseSources.caseId, sql.placeholder("caseId"))),
        ),
        visible("source", "sources"),
      ),
    )
    .orderBy(desc(sources.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** Sources not yet linked to the case, newest first, optionally matching the words of `q`. */
export function listLinkableSources(db: Db, reader: Reader, caseId: number, { q, limit = 20 }: { q?: string; limit?: number } = {}) {
  if (!q) return newestLinkableQuery(db).all({ caseId, limit, ...readerParams(reader) });
  const linked = db.select({ id: caseSources.sourceId }).from(caseSources).where(eq(caseSources.caseId, caseId));
  // Newest first; a search goes through the full-text index (its newest matches) rather
  // than comparing every source's title.
  const found = matchesWords(sources.id, "search_sources", q, LINKABLE_SEARCH_CANDIDATES);
  if (found === null) return [];
  return db
    .select(linkableColumns)
    .from(sources)
    .where(and(notInArray(sources.id, linked), visible("source", "sources", reader), found))
    .orderBy(desc(sources.id))
    .limit(limit)
    .all();
}
