import type { Block, CaseBrief } from "@/domain/brief";
import { fontCovering } from "./pdf-fonts";

// Characters no font of the brief can draw would print as empty boxes; the export names
// them, and where they are, before anything is downloaded.

export interface MissingGlyph {
  /** The character, e.g. "😀". */
  char: string;
  /** Its code point as written in the Unicode charts, e.g. "U+1F600". */
  codePoint: string;
  /** Where it is: "Header: name" or the section's title. */
  where: string[];
}

// Invisible characters draw nothing, so they need no glyph.
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

// Most of a brief is plain ASCII, and testing every character of it took about a millisecond
// of each PDF export: a text wholly in ASCII is passed over at once (provided the fonts draw
// every printable ASCII character, checked once), and any other character is looked up once.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
let asciiDrawn: boolean | undefined;
function fontsDrawAscii(): boolean {
  if (asciiDrawn === undefined) {
    asciiDrawn = true;
    for (let cp = 0x21; cp < 0x7f; cp++) if (!fontCovering(cp)) asciiDrawn = false;
  }
  return asciiDrawn;
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.text];
    case "facts":
      return block.rows.flatMap((r) => [r.label, r.value]);
    case "table":
      return [...block.columns.map((c) => c.label), ...block.rows.flat()];
    case "list":
      return block.items;
  }
}

/** The characters of the brief that no font has, each with the places it appears, in order of first use. */
export function findMissingGlyphs(brief: CaseBrief): MissingGlyph[] {
  const h = brief.header;
  const fields: [string, string][] = [
    ["Header: name", h.personName],
    ["Header: case title", h.caseTitle],
    ["Header: country", h.country],
    ["Header: prepared by", h.preparedBy],
    ["Header: meeting with", h.meetingWith ?? ""],
    ...brief.sections.flatMap((s) => s.blocks.flatMap(blockTexts).map((t): [string, string] => [s.title, t])),
  ];
  const found = new Map<string, MissingGlyph>();
  const ascii = fontsDrawAscii();
  const drawn = new Set<string>();
  for (const [where, text] of fields) {
    if (ascii && ASCII_ONLY.test(text)) continue;
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if ((ascii && cp < 0x80) || drawn.has(char)) continue;
      if (INVISIBLE.test(char) || fontCovering(cp)) {
        drawn.add(char);
        continue;
      }
      let entry = found.get(char);
      if (!entry) {
        entry = { char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, where: [] };
        found.set(char, entry);
      }
      if (!entry.where.includes(where)) entry.where.push(where);
    }
  }
  return [...found.values()];
}
