import type { Db } from "../client";
import { buildMatchExpression, MATCH_END, MATCH_START } from "../../lib/domain/search-query";

// Full-text search over the FTS5 indexes that drizzle/0003_search_index.sql creates and
// its triggers keep in step with the records. Each kind is one indexed query (MATCH on the
// kind's index, joined to its table by id), ranked by bm25 and capped at `limit`.
// Visibility is decided here from `includeConfidential`, which the data-access layer sets
// from the role: confidential sources, people and notes, and the asks and outcomes made
// to a confidential person, are left out for anyone who may not see them. Records of
// archived cases are left out for everyone.

export const SEARCH_KINDS = ["case", "person", "source", "ask", "outcome", "note"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

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
  includeConfidential: boolean;
  /** Results per kind. */
  limit?: number;
}

export const SEARCH_LIMIT_PER_KIND = 20;

const snippet = (table: string) => `snippet(${table}, -1, '${MATCH_START}', '${MATCH_END}', '…', 16)`;

// bm25 weights per indexed column, in the order the migration declares them (the last
// is the folded copy, weighted like the most important column of the kind).
export const SEARCH_QUERIES: Record<SearchKind, string> = {
  case: `
    SELECT c.id AS id, c.person_name AS title, c.title AS context, ${snippet("search_cases")} AS snippet, c.id AS caseId
    FROM search_cases JOIN cases c ON c.id = search_cases.rowid
    WHERE search_cases MATCH @match AND c.archived_at IS NULL
    ORDER BY bm25(search_cases, 10.0, 5.0, 2.0, 3.0, 2.0, 1.0, 5.0)
    LIMIT @limit`,
  person: `
    SELECT p.id AS id, p.name AS title,
      trim(p.office || CASE WHEN p.office <> '' AND p.institution <> '' THEN ', ' ELSE '' END || p.institution) AS context,
      ${snippet("search_people")} AS snippet,
      (SELECT c.id FROM cases c WHERE c.id = p.case_id AND c.archived_at IS NULL) AS caseId
    FROM search_people JOIN people p ON p.id = search_people.rowid
    WHERE search_people MATCH @match AND (@includeConfidential = 1 OR p.confidential = 0)
    ORDER BY bm25(search_people, 10.0, 3.0, 2.0, 10.0)
    LIMIT @limit`,
  source: `
    SELECT s.id AS id, s.title AS title, s.outlet AS context, ${snippet("search_sources")} AS snippet,
      (SELECT cs.case_id FROM case_sources cs JOIN cases c ON c.id = cs.case_id
        WHERE cs.source_id = s.id AND c.archived_at IS NULL ORDER BY cs.case_id LIMIT 1) AS caseId
    FROM search_sources JOIN sources s ON s.id = search_sources.rowid
    WHERE search_sources MATCH @match AND (@includeConfidential = 1 OR s.confidential = 0)
    ORDER BY bm25(search_sources, 5.0, 3.0, 2.0, 1.0, 5.0)
    LIMIT @limit`,
  ask: `
    SELECT a.id AS id, o.name AS title, c.person_name AS context, ${snippet("search_asks")} AS snippet, c.id AS caseId
    FROM search_asks
      JOIN asks a ON a.id = search_asks.rowid
      JOIN cases c ON c.id = a.case_id
      JOIN people o ON o.id = a.official_id
    WHERE search_asks MATCH @match AND c.archived_at IS NULL AND (@includeConfidential = 1 OR o.confidential = 0)
    ORDER BY bm25(search_asks, 3.0, 1.0, 3.0)
    LIMIT @limit`,
  outcome: `
    SELECT oc.id AS id, oc.type AS title, c.person_name AS context, ${snippet("search_outcomes")} AS snippet, c.id AS caseId
    FROM search_outcomes
      JOIN outcomes oc ON oc.id = search_outcomes.rowid
      JOIN cases c ON c.id = oc.case_id
      LEFT JOIN asks a ON a.id = oc.ask_id
      LEFT JOIN people o ON o.id = a.official_id
    WHERE search_outcomes MATCH @match AND c.archived_at IS NULL
      AND (@includeConfidential = 1 OR coalesce(o.confidential, 0) = 0)
    ORDER BY bm25(search_outcomes)
    LIMIT @limit`,
  note: `
    SELECT n.id AS id, c.person_name AS title, c.title AS context, ${snippet("search_notes")} AS snippet, c.id AS caseId
    FROM search_notes
      JOIN case_notes n ON n.id = search_notes.rowid
      JOIN cases c ON c.id = n.case_id
    WHERE search_notes MATCH @match AND c.archived_at IS NULL AND (@includeConfidential = 1 OR n.confidential = 0)
    ORDER BY bm25(search_notes)
    LIMIT @limit`,
};

export function emptyResults(): SearchResults {
  return { case: [], person: [], source: [], ask: [], outcome: [], note: [] };
}

/** Searches every kind for the words of `input` (any text: it is never read as FTS syntax). */
export function searchRecords(db: Db, input: unknown, { includeConfidential, limit = SEARCH_LIMIT_PER_KIND }: SearchOptions): SearchResults {
  const results = emptyResults();
  const match = buildMatchExpression(input);
  if (!match) return results;
  const params = { match, includeConfidential: includeConfidential ? 1 : 0, limit: Math.max(1, Math.min(limit, 100)) };
  for (const kind of SEARCH_KINDS) {
    const rows = db.$client.prepare(SEARCH_QUERIES[kind]).all(params) as Omit<SearchHit, "kind">[];
    results[kind] = rows.map((row) => ({ ...row, kind, context: row.context ?? "" }));
  }
  return results;
}
