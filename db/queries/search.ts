import type { Db } from "../client";
import { matchExpression, searchWords } from "../../domain/search-query";
import { buildSnippet, rankCandidates, rankTerm } from "../../domain/search-rank";
import { moveNoteVisibleSql, readerParams, visibleSql, type Reader } from "../visibility";

// Full-text search over the FTS5 indexes that drizzle/0010_search_folding_and_move_notes.sql
// creates (after drizzle/0003_search_index.sql) and whose triggers keep them in step with the
// records. Each kind is one indexed query (the newest matches in the kind's index, joined to
// its table by id), ranked in domain/search-rank.ts.
// What the reader may see is decided by the visibility policy (db/visibility.ts), in each
// kind's query. Records of archived cases are left out for everyone.

import { SEARCH_KINDS, type SearchKind } from "../../domain/search-query";

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** What the result is called: a case's person, a person's name, a source's title... */
  title: string;
  /** Extra context: the case title, a person's office, the outlet... */
  context: string;
  /** Text around the matched words, which are wrapped in MATCH_START/MATCH_END. */
  snippet: string;
  /** The case the record belongs to, when it belongs to one that is not archived. */
  caseId: number | null;
}

export type SearchResults = Record<SearchKind, SearchHit[]>;

export interface SearchOptions {
  /** Results per kind. */
  limit?: number;
  /** The kinds to search (all by default): "more cases" searches the cases alone. */
  kinds?: readonly SearchKind[];
}

export const SEARCH_LIMIT_PER_KIND = 10;

/**
 * At most how many of the newest matches of each kind are ranked (see docs/search.md).
 * Finding and ranking them costs more the more records share the searched words, so this
 * bounds a search's cost at any workspace size: at 100,000 cases a name shared by 600
 * cases took 7.5 ms with 200 and 2.9 ms with 50.
 */
const SEARCH_CANDIDATES = 50;

/**
 * How many candidates a search that keeps `limit` results per kind ranks: four for each
 * result kept, between 20 and SEARCH_CANDIDATES. The overview keeps 6 per kind and ranks
 * 24, which halves the cost of a search for common words (nearly every record matches);
 * "More cases matching" keeps 25 and ranks 50.
 */
function candidatesFor(limit: number): number {
  return Math.min(SEARCH_CANDIDATES, Math.max(20, limit * 4));
}

interface KindQuery {
  fts: string;
  /**
   * The rows the reader may see among the index's matches `hit` (a subquery of ids): id,
   * title, context, caseId, and the indexed fields f0, f1...
   */
  select: (hit: string) => string;
  /** Ranking weight of f0, f1... (the fields the kind's FTS5 table indexes, in its order). */
  weights: number[];
}

/** "Latin (native)": results lead with the name every colleague can read. */
const CASE_NAME = "c.person_name || CASE WHEN c.native_name <> '' THEN ' (' || c.native_name || ')' ELSE '' END";

const KIND_QUERIES: Record<SearchKind, KindQuery> = {
  case: {
    fts: "search_cases",
    weights: [10, 10, 8, 5, 2, 3, 2, 1],
    // The aliases as a list, not JSON, since a snippet may show them.
    select: (hit) => `
      SELECT c.id AS id, ${CASE_NAME} AS title, c.title AS context, c.id AS caseId,
        c.person_name AS f0, c.native_name AS f1,
        CASE WHEN json_valid(c.aliases) THEN (SELECT group_concat(value, ', ') FROM json_each(c.aliases)) END AS f2,
        c.title AS f3, c.country AS f4, c.tags AS f5, c.charges AS f6, c.summary AS f7
      FROM ${hit} JOIN cases c ON c.id = hit.id
      WHERE c.archived_at IS NULL AND ${visibleSql("case", "c")}`,
  },
  person: {
    fts: "search_people",
    weights: [10, 3, 2],
    select: (hit) => `
      SELECT p.id AS id, p.name AS title,
        trim(p.office || CASE WHEN p.office <> '' AND p.institution <> '' THEN ', ' ELSE '' END || p.institution) AS context,
        (SELECT c.id FROM cases c WHERE c.id = p.case_id AND c.archived_at IS NULL) AS caseId,
        p.name AS f0, p.office AS f1, p.institution AS f2
      FROM ${hit} JOIN people p ON p.id = hit.id
      WHERE ${visibleSql("person", "p")}`,
  },
  source: {
    fts: "search_sources",
    weights: [5, 3, 2, 1],
    select: (hit) => `
      SELECT s.id AS id, s.title AS title, s.outlet AS context,
        (SELECT cs.case_id FROM case_sources cs JOIN cases c ON c.id = cs.case_id
          WHERE cs.source_id = s.id AND c.archived_at IS NULL AND ${visibleSql("case", "c")} ORDER BY cs.case_id LIMIT 1) AS caseId,
        s.title AS f0, s.outlet AS f1, s.excerpt AS f2, s.notes AS f3
      FROM ${hit} JOIN sources s ON s.id = hit.id
      WHERE ${visibleSql("source", "s")}`,
  },
  ask: {
    fts: "search_asks",
    weights: [3, 1],
    select: (hit) => `
      SELECT a.id AS id, o.name AS title, ${CASE_NAME} AS context, c.id AS caseId, a.text AS f0, a.office_at_time AS f1
      FROM ${hit}
        JOIN asks a ON a.id = hit.id
        JOIN cases c ON c.id = a.case_id
        JOIN people o ON o.id = a.official_id
      WHERE c.archived_at IS NULL AND ${visibleSql("ask", "a")}`,
  },
  outcome: {
    fts: "search_outcomes",
    weights: [1],
    select: (hit) => `
      SELECT oc.id AS id, oc.type AS title, ${CASE_NAME} AS context, c.id AS caseId, oc.description AS f0
      FROM ${hit}
        JOIN outcomes oc ON oc.id = hit.id
        JOIN cases c ON c.id = oc.case_id
      WHERE c.archived_at IS NULL AND ${visibleSql("outcome", "oc")}`,
  },
  note: {
    fts: "search_notes",
    weights: [1],
    select: (hit) => `
      SELECT n.id AS id, ${CASE_NAME} AS title, c.title AS context, c.id AS caseId, n.body AS f0
      FROM ${hit}
        JOIN case_notes n ON n.id = hit.id
        JOIN cases c ON c.id = n.case_id
      WHERE c.archived_at IS NULL AND ${visibleSql("note", "n")}`,
  },
  status_note: {
    fts: "search_status_notes",
    weights: [1],
    select: (hit) => `
      SELECT sc.id AS id, ${CASE_NAME} AS title, sc.to_status AS context, c.id AS caseId, sc.note AS f0
      FROM ${hit}
        JOIN case_status_changes sc ON sc.id = hit.id
        JOIN cases c ON c.id = sc.case_id
      WHERE c.archived_at IS NULL AND ${visibleSql("case", "c")} AND ${moveNoteVisibleSql("sc")}`,
  },
  ask_move_note: {
    fts: "search_ask_move_notes",
    weights: [1],
    select: (hit) => `
      SELECT m.id AS id, o.name AS title, ${CASE_NAME} AS context, c.id AS caseId, m.note AS f0
      FROM ${hit}
        JOIN ask_status_changes m ON m.id = hit.id
        JOIN asks a ON a.id = m.ask_id
        JOIN cases c ON c.id = a.case_id
        JOIN people o ON o.id = a.official_id
      WHERE c.archived_at IS NULL AND ${visibleSql("ask", "a")} AND ${moveNoteVisibleSql("m")}`,
  },
};

/** A kind's index, the query for its newest candidates, and the one that tells whether the reader may see any match. */
export const SEARCH_QUERIES = Object.fromEntries(
  SEARCH_KINDS.map((kind) => {
    const { fts, select, weights } = KIND_QUERIES[kind];
    return [
      kind,
      {
        fts,
        weights,
        newestSql: select(`(SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH @match ORDER BY rowid DESC LIMIT @candidates) hit`),
        anyVisibleSql: `SELECT 1 FROM (${select(`(SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH @match) hit`)}) LIMIT 1`,
      },
    ];
  }),
) as Record<SearchKind, { fts: string; weights: number[]; newestSql: string; anyVisibleSql: string }>;

type CandidateRow = Omit<SearchHit, "kind" | "snippet"> & Record<`f${number}`, string | null>;

function emptyResults(): SearchResults {
  return { case: [], person: [], source: [], ask: [], outcome: [], note: [], status_note: [], ask_move_note: [] };
}

/**
 * The searched words that occur whole in a record the reader may see, of any kind: those
 * are searched as words in every kind, the others as word beginnings ("Rusesa" finds
 * "Rusesabagina"). A beginning makes FTS5 read the postings of every word that starts with
 * it, and even ruling one out costs more the bigger the index (at 100,000 cases, 0.27 ms in
 * the sources for a name no source holds), so beginnings are only for words nobody wrote
 * whole. Deciding once for the whole search keeps the kinds consistent ("More sources"
 * finds what the overview's sources did); counting only visible records keeps what a
 * viewer's search does from depending on a word in a confidential record.
 */
function wholeWords(db: Db, words: string[], visibility: ReturnType<typeof readerParams>): Set<string> {
  const whole = new Set<string>();
  for (const word of words) {
    const match = `"${word.replace(/"/g, '""')}"`;
    for (const kind of SEARCH_KINDS) {
      if (db.$client.prepare(SEARCH_QUERIES[kind].anyVisibleSql).get({ match, ...visibility }) !== undefined) {
        whole.add(word);
        break;
      }
    }
  }
  return whole;
}

/**
 * Searches every kind for the words of `input` (any text: it is never read as FTS syntax),
 * each word whole or as a beginning (see wholeWords). Of each kind, the newest
 * candidatesFor(limit) matches are ranked and the best `limit` kept.
 */
export function searchRecords(
  db: Db,
  reader: Reader,
  input: unknown,
  { limit = SEARCH_LIMIT_PER_KIND, kinds = SEARCH_KINDS }: SearchOptions = {},
): SearchResults {
  const results = emptyResults();
  const words = searchWords(input);
  if (words.length === 0) return results;
  const max = Math.max(1, Math.min(limit, 100));
  const candidates = candidatesFor(max);
  const visibility = readerParams(reader);
  const whole = wholeWords(db, words, visibility);
  const match = matchExpression(words, (w) => !whole.has(w));
  const terms = words.map((w) => rankTerm(w, !whole.has(w)));
  for (const kind of kinds) {
    const { newestSql, weights } = SEARCH_QUERIES[kind];
    const rows = db.$client.prepare(newestSql).all({ match, candidates, ...visibility }) as CandidateRow[];
    const fields = rows.map((row) => weights.map((weight, i) => ({ text: row[`f${i}`] ?? "", weight })));
    results[kind] = rankCandidates(fields, terms, max).flatMap((i) => {
      const row = rows[i];
      const rowFields = fields[i];
      if (!row || !rowFields) return [];
      return [
        { kind, id: row.id, title: row.title, context: row.context ?? "", caseId: row.caseId, snippet: buildSnippet(rowFields, terms) },
      ];
    });
  }
  return results;
}
