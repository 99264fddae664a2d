import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { matchExpression, searchWords } from "../../domain/search-query";

/** The full-text indexes drizzle/0003_search_index.sql and drizzle/0010_search_folding_and_move_notes.sql keep, whose rowid is the record's id. */
type FullTextIndex =
  | "search_cases"
  | "search_people"
  | "search_sources"
  | "search_asks"
  | "search_outcomes"
  | "search_notes"
  | "search_status_notes"
  | "search_ask_move_notes";

/**
 * `id in (the newest `limit` records whose index matches the words of `q`)`, for pickers that
 * search as you type; null when `q` has no words to search. Newest first is what FTS5 reads
 * without ranking every match (see docs/search.md).
 */
export function matchesWords(id: SQLiteColumn, index: FullTextIndex, q: string, limit: number): SQL | null {
  const match = matchExpression(searchWords(q));
  if (!match) return null;
  const table = sql.raw(index);
  return sql`${id} in (select rowid from ${table} where ${table} match ${match} order by rowid desc limit ${limit})`;
}
