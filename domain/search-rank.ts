import { foldLetters, MATCH_END, MATCH_START } from "./search-query";

/**
 * Ranking and snippets for search candidates, in plain code rather than FTS5's bm25() and
 * snippet(): both of those read every posting of every searched word (bm25 needs the
 * number of records containing each word), so their cost grows with the size of the
 * workspace. The index only finds the newest matches (db/queries/search.ts); this ranks
 * those with the same idea as bm25 (weighted fields, term frequency, shorter fields
 * first), without the document-frequency part, which every candidate shares anyway
 * because every candidate contains every word.
 */

/** A searched word as the index holds it (folded, lower case); `prefix` matches word beginnings. */
export interface RankTerm {
  word: string;
  prefix: boolean;
}

export interface RankField {
  text: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

const ASCII = /^[\x00-\x7f]*$/;

/** Text as the index compares it: marks removed, special letters folded, lower case. */
function normalizeWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return foldLetters(word).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const ASCII_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a field for ranking (normalised once for the whole text: ranking needs no positions). */
function words(text: string): string[] {
  // The same words either way; the ASCII pattern is several times faster on the long
  // English summaries that most candidates carry.
  return ASCII.test(text) ? (text.toLowerCase().match(ASCII_WORD) ?? []) : (normalizeWord(text).match(WORD) ?? []);
}

/** A searched word as the index holds it (see normalizeWord). */
export function rankTerm(word: string, prefix: boolean): RankTerm {
  return { word: normalizeWord(word), prefix };
}

interface Token {
  start: number;
  end: number;
  word: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length, word: normalizeWord(m[0]) });
  return out;
}

function matches(token: string, term: RankTerm): boolean {
  return term.prefix ? token.startsWith(term.word) : token === term.word;
}

/**
 * Scores each candidate (a list of fields in the same order for every candidate) and
 * returns the indexes of the best `limit`, best first; ties keep the given order.
 */
export function rankCandidates(candidates: RankField[][], terms: RankTerm[], limit: number): number[] {
  if (candidates.length === 0) return [];
  const tokenized = candidates.map((fields) => fields.map((f) => ({ tokens: words(f.text), weight: f.weight })));
  const fieldCount = Math.max(...tokenized.map((fields) => fields.length));
  const averageLength = Array.from({ length: fieldCount }, (_, i) => {
    const total = tokenized.reduce((sum, fields) => sum + (fields[i]?.tokens.length ?? 0), 0);
    return Math.max(1, total / tokenized.length);
  });
  const scores = tokenized.map((fields) => {
    let score = 0;
    fields.forEach(({ tokens: fieldTokens, weight }, i) => {
      const norm = 1 - B + (B * fieldTokens.length) / (averageLength[i] ?? 1);
      for (const term of terms) {
        let tf = 0;
        for (const word of fieldTokens) if (matches(word, term)) tf++;
        if (tf > 0) score += weight * ((tf * (K1 + 1)) / (tf + K1 * norm));
      }
    });
    return score;
  });
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.index);
}

/**
 * Up to `size` words of the field with the most searched words in it (the heavier field on
 * a tie), around the first match, with matches wrapped in MATCH_START/MATCH_END and "…"
 * where the text was cut. The text itself is returned as stored (accents and all).
 */
export function buildSnippet(fields: RankField[], terms: RankTerm[], size = 16): string {
  let best: { text: string; toks: Token[]; found: number; weight: number } | null = null;
  for (const field of fields) {
    const toks = tokens(field.text);
    const found = terms.filter((term) => toks.some((t) => matches(t.word, term))).length;
    if (!best || found > best.found || (found === best.found && found > 0 && field.weight > best.weight)) {
      best = { text: field.text, toks, found, weight: field.weight };
    }
  }
  if (!best || best.toks.length === 0) return "";
  const { text, toks } = best;
  const first = Math.max(
    0,
    toks.findIndex((t) => terms.some((term) => matches(t.word, term))),
  );
  const from = Math.max(0, Math.min(first - 2, toks.length - size));
  const to = Math.min(toks.length, from + size);
  let out = from > 0 ? "…" : "";
  let cursor = toks[from]?.start ?? 0;
  for (const t of toks.slice(from, to)) {
    out += text.slice(cursor, t.start);
    const hit = terms.some((term) => matches(t.word, term));
    out += hit ? `${MATCH_START}${text.slice(t.start, t.end)}${MATCH_END}` : text.slice(t.start, t.end);
    cursor = t.end;
  }
  out += to < toks.length ? "…" : text.slice(cursor);
  return out;
}
