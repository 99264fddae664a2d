import type { Db } from "./client";
import { SEARCH_QUERIES } from "./queries/search";
import { SEARCH_KINDS } from "../domain/search-query";

/** The FTS5 tables drizzle/0010_search_folding_and_move_notes.sql creates, one per kind (see docs/search.md). */
const SEARCH_INDEXES = SEARCH_KINDS.map((kind) => SEARCH_QUERIES[kind].fts);

/** How many segments (b-trees) an index is split into: a search reads each of them. */
export function searchIndexSegments(db: Db, index: string): number {
  // %_idx holds one row per leaf page range of each segment: FTS5 has no public count.
  return db.$client.prepare(`SELECT count(DISTINCT segid) FROM ${index}_idx`).pluck().get() as number;
}

/** An index in more segments than this is merged; fewer cost a search little. */
export const MERGE_ABOVE_SEGMENTS = 3;

/**
 * Merges each search index split into more than MERGE_ABOVE_SEGMENTS segments into one
 * ("optimize").
 *
 * FTS5 writes each transaction's changes, and each megabyte of a bulk insert, as a new
 * segment and merges them only in steps, so a workspace that grew by many small saves or
 * was filled in bulk keeps 7 to 13 segments per index, and every search looks up its
 * words in each of them. At 10,000 cases a search for common words spent 0.78 ms in
 * SQLite with those and 0.48 ms after merging. Run where nothing waits on it (server
 * start, the workspace generator): it rewrites the index in one write transaction,
 * 0.6 s for all indexes at 10,000 cases and 5.4 s at 100,000.
 */
export function mergeSearchIndexes(db: Db): { index: string; segments: number; ms: number }[] {
  const merged: { index: string; segments: number; ms: number }[] = [];
  for (const index of SEARCH_INDEXES) {
    const segments = searchIndexSegments(db, index);
    if (segments <= MERGE_ABOVE_SEGMENTS) continue;
    const started = performance.now();
    db.$client.prepare(`INSERT INTO ${index}(${index}) VALUES ('optimize')`).run();
    merged.push({ index, segments, ms: performance.now() - started });
  }
  return merged;
}
