import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import {
  buildMatchExpression,
  foldLetters,
  FOLDED_LETTERS,
  MATCH_END,
  MATCH_START,
  MAX_TERMS,
  searchTerms,
  splitSnippet,
} from "./search-query";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '"',
  "'",
  "*",
  "(",
  ")",
  ":",
  "^",
  "-",
  "+",
  "NEAR",
  "NEAR(",
  "NEAR/3",
  "AND",
  "OR",
  "NOT",
  "and",
  "{",
  "}",
  "[",
  "]",
  ",",
  ".",
  "\\",
  "\u0000",
  "\u0007",
  "\n",
  "\t",
  "\u200b",
  "\u200f",
  "\ufeff",
  "\uE000",
  "\uE001",
  "%",
  "_",
  ";",
  "--",
  "Rusesabagina",
  "Nguyễn",
  "Đài",
  "علاء",
  "Зоя",
  "刘晓波",
  "🙂",
  "e\u0301",
  "\u0301",
  "ـ",
  "person_name:",
  "col:x",
  "x*y",
  '""',
  '"*"',
  '*"',
  "a-b",
  "(a OR b)",
  "SELECT",
  "'); DROP TABLE cases; --",
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 40);
  let out = "";
  for (let i = 0; i < length; i++) {
    const pick = next();
    if (pick < 0.45) out += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    else if (pick < 0.6) out += " ";
    else if (pick < 0.8) out += String.fromCharCode(32 + Math.floor(next() * 95));
    else if (pick < 0.95) {
      // Any code point, lone surrogates included.
      const cp = Math.floor(next() * 0x110000);
      out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    } else out += String.fromCharCode(Math.floor(next() * 32));
  }
  return out;
}

function ftsTable() {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
  const insert = db.prepare("INSERT INTO t (body, folded) VALUES (?, ?)");
  for (const body of [
    "Paul Rusesabagina",
    "Nguyễn Văn Đài",
    "علاء عبد الفتاح",
    "Зоя Космодемьянская",
    "刘晓波 Liu Xiaobo",
    "NEAR AND OR NOT",
  ]) {
    insert.run(body, foldLetters(body) === body ? "" : foldLetters(body));
  }
  const match = db.prepare("SELECT rowid, snippet(t, -1, ?, ?, '…', 16) AS s FROM t WHERE t MATCH ? ORDER BY rank LIMIT 20");
  return (input: string) => {
    const expression = buildMatchExpression(input);
    return expression === null ? [] : (match.all(MATCH_START, MATCH_END, expression) as { rowid: number; s: string }[]);
  };
}

describe("buildMatchExpression", () => {
  it("never produces an expression FTS5 rejects, over 3,000 random inputs", () => {
    const search = ftsTable();
    const next = random(20221127);
    const inputs = Array.from({ length: 3000 }, () => randomString(next));
    inputs.push("x".repeat(100_000), '"('.repeat(5000), "a ".repeat(10_000), "é".repeat(5000), "\u0301".repeat(1000));
    const failures: { input: string; error: string }[] = [];
    for (const input of inputs) {
      try {
        search(input);
      } catch (error) {
        failures.push({ input: JSON.stringify(input), error: (error as Error).message });
      }
    }
    // Most inputs do reach FTS5 as a query (rather than being dropped as empty).
    expect(inputs.filter((input) => buildMatchExpression(input) !== null).length).toBeGreaterThan(2000);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures).toHaveLength(0);
  });

  it("reads operators and punctuation as plain words", () => {
    const search = ftsTable();
    expect(search('"(NEAR*')).toHaveLength(1); // the row that says NEAR, found as a word
    expect(search("NOT")).toHaveLength(1);
    expect(search("rusesa* OR")).toHaveLength(0);
    expect(search("(rusesa*)").map((r) => r.rowid)).toEqual([1]);
    expect(search("body:rusesa")).toHaveLength(0);
  });

  it("makes every word a quoted prefix term", () => {
    expect(buildMatchExpression("Rusesa")).toBe('"Rusesa"*');
    expect(buildMatchExpression('  "Paul" (Rusesa*) ')).toBe('"Paul"* "Rusesa"*');
    expect(buildMatchExpression("Đài")).toBe('"Dài"*');
    expect(buildMatchExpression("مُحَمَّد")).toBe('"محمد"*');
    expect(buildMatchExpression("\u0640 \u064b")).toBeNull();
    expect(buildMatchExpression('"*()^:-')).toBeNull();
    expect(buildMatchExpression("")).toBeNull();
    expect(buildMatchExpression(undefined)).toBeNull();
    expect(buildMatchExpression(["Rusesa"])).toBeNull();
  });

  it("finds words by their beginning, whatever the accents or script", () => {
    const search = ftsTable();
    expect(search("Rusesa").map((r) => r.rowid)).toEqual([1]);
    expect(search("nguyen dai").map((r) => r.rowid)).toEqual([2]);
    expect(search("Đai").map((r) => r.rowid)).toEqual([2]);
    expect(search("علاء").map((r) => r.rowid)).toEqual([3]);
    expect(search("косм").map((r) => r.rowid)).toEqual([4]);
    // Han text without spaces is one token, found by its beginning.
    expect(search("刘晓").map((r) => r.rowid)).toEqual([5]);
    expect(search(`e\u0301`)).toEqual([]); // NFD input is composed first: é, not e + mark
  });

  it("keeps at most a few distinct words", () => {
    expect(searchTerms("a b c d e f g h i j k l")).toHaveLength(MAX_TERMS);
    expect(searchTerms("Paul paul PAUL")).toEqual(["Paul"]);
  });
});

describe("foldLetters", () => {
  it("folds every listed letter to its base letter", () => {
    for (const [letter, base] of Object.entries(FOLDED_LETTERS)) expect(foldLetters(`x${letter}y`)).toBe(`x${base}y`);
    expect(foldLetters("Łódź")).toBe("Lódź");
    expect(foldLetters("مُحَمَّد")).toBe("محمد");
    expect(foldLetters("\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd")).toBe("\u05e9\u05dc\u05d5\u05dd");
  });

  it("writes the Arabic-script variants of a letter one way", () => {
    // Persian yeh and keheh, alef maksura, the alef forms and teh marbuta.
    expect(foldLetters("علی")).toBe(foldLetters("علي"));
    expect(foldLetters("علی")).toBe("علي");
    expect(foldLetters("موسى")).toBe("موسي");
    expect(foldLetters("کریمی")).toBe(foldLetters("كريمي"));
    expect(["أحمد", "إحمد", "آحمد", "ٱحمد"].map(foldLetters)).toEqual(Array(4).fill("احمد"));
    expect(foldLetters("فاطمة")).toBe("فاطمه");
  });

  it("drops the tatweel and the harakat, and reads Arabic-Indic and Persian digits as ASCII", () => {
    expect(foldLetters("محـــمد")).toBe("محمد");
    expect(foldLetters("عَلِيّ")).toBe("علي");
    expect(foldLetters("\u0670\u065f\u064b")).toBe("");
    expect(foldLetters("١٢٣٤٥٦٧٨٩٠")).toBe("1234567890");
    expect(foldLetters("۱۴۰۲")).toBe("1402");
  });

  it("leaves other text as it is", () => {
    expect(foldLetters("Paul Rusesabagina 2024")).toBe("Paul Rusesabagina 2024");
    expect(foldLetters("刘晓波 Зоя")).toBe("刘晓波 Зоя");
  });
});

describe("splitSnippet", () => {
  it("splits on the markers only, never reading the text as markup", () => {
    expect(splitSnippet(`a ${MATCH_START}<b>Rus</b>${MATCH_END} c`)).toEqual([
      { text: "a ", match: false },
      { text: "<b>Rus</b>", match: true },
      { text: " c", match: false },
    ]);
    expect(splitSnippet("plain")).toEqual([{ text: "plain", match: false }]);
    expect(splitSnippet(`${MATCH_START}${MATCH_END}`)).toEqual([]);
  });
});
