/** The kinds of record search looks through, in the order results show them. */
export const SEARCH_KINDS = ["case", "person", "source", "ask", "outcome", "note", "status_note", "ask_move_note"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Turns whatever a person types into the search box into a safe SQLite FTS5 MATCH
 * expression: every word becomes a quoted prefix term ("word"*), so quotes, stars,
 * parentheses, colons, AND/OR/NOT/NEAR and the like are searched as plain words (or
 * dropped when they are punctuation) and never reach FTS5 as syntax.
 */

/**
 * Letters that are not a base letter plus a combining accent, so FTS5's
 * `remove_diacritics` leaves them alone, and the Arabic-script variants of one letter.
 * The search index stores a copy of the text with these folded (the triggers of
 * drizzle/0010_search_folding_and_move_notes.sql hold the same lists, which
 * db/queries/search-folding.test.ts checks), and the query is folded the same way, so
 * "Dai" finds "Đài", "Lodz" finds "Łódź" and "علی" finds "علي".
 */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  Đ: "D",
  đ: "d",
  Ð: "D",
  ð: "d",
  Ł: "L",
  ł: "l",
  Ø: "O",
  ø: "o",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  // Arabic script: the letters Persian, Urdu and Arabic write differently for one sound, so a
  // name typed on a Persian keyboard finds it typed on an Arabic one and the other way round.
  ی: "ي", // Persian yeh
  ى: "ي", // alef maksura
  ک: "ك", // keheh
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ة: "ه", // teh marbuta
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, d) => [
      [String.fromCharCode(0x0660 + d), String(d)], // Arabic-Indic digits
      [String.fromCharCode(0x06f0 + d), String(d)], // Persian digits
    ]).flat(),
  ),
};

/**
 * Marks removed before indexing and searching, so a name written with or without them is
 * found either way: Arabic short vowels and other marks (U+064B-U+065F, U+0670), the
 * tatweel (U+0640), and Hebrew vowel points (U+05B0-U+05BD, U+05BF, U+05C1, U+05C2,
 * U+05C7). FTS5's tokenizer would otherwise split a word at each of them.
 */
const REMOVED_MARKS = /[\u064B-\u065F\u0670\u0640\u05B0-\u05BD\u05BF\u05C1\u05C2\u05C7]/g;

const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDED_LETTERS).join("")}]`, "g");

/** The text as the search index's folded copy holds it (see FOLDED_LETTERS and REMOVED_MARKS). */
export function foldLetters(text: string): string {
  return text.replace(FOLD_PATTERN, (c) => FOLDED_LETTERS[c] ?? c).replace(REMOVED_MARKS, "");
}

/** A word: letters, digits and the marks that belong to them (any script). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Longer input is cut: nobody types more than this into a search box. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 60;

/** The plain words searched for, in order, without repeats (what the page shows back). */
export function searchTerms(input: unknown): string[] {
  if (typeof input !== "string") return [];
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize("NFC");
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    // A word must start with a letter or digit: FTS5's tokenizer splits on lone marks.
    const word = match[0].replace(/^\p{M}+/u, "").slice(0, MAX_TERM_LENGTH);
    if (!word) continue;
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(word);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** The words of the input as the index compares them (folded), or [] when there are none. */
export function searchWords(input: unknown): string[] {
  return searchTerms(input)
    .map((term) => foldLetters(term))
    .filter((term) => /^[\p{L}\p{N}]/u.test(term));
}

/**
 * An FTS5 MATCH expression for words from `searchWords`: each is quoted (it contains no
 * quote: words are letters, digits and marks) and, when `prefix` says so, followed by `*`
 * to match word beginnings ("Rusesa"* finds "Rusesabagina"); words are ANDed.
 */
export function matchExpression(words: readonly string[], prefix: (word: string) => boolean = () => true): string | null {
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"${prefix(word) ? "*" : ""}`).join(" ");
}

/** The MATCH expression for the input with every word as a prefix, or null when there is nothing to search for. */
export function buildMatchExpression(input: unknown): string | null {
  return matchExpression(searchWords(input));
}

/** Marks around the matched words in snippets: private-use characters, never HTML. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a snippet made with MATCH_START/MATCH_END into plain and matched parts. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = "";
  for (const char of snippet) {
    if (char === MATCH_START || char === MATCH_END) {
      if (text) parts.push({ text, match });
      text = "";
      match = char === MATCH_START;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, match });
  return parts;
}
