import type { FontKey } from "./font-catalog";
import { fontCovering, fontHas, type PdfFonts } from "./pdf-fonts";
import { fieldLevels } from "./pdf-bidi";
import { isCjkBreakable } from "./scripts";

// Text layout for the PDF brief. pdfkit draws glyphs and fontkit shapes them (Arabic
// joining, right-to-left glyph order inside a word); line breaking, font fallback between
// scripts and bidi reordering of words are done here, so mixed-script text ("Case of
// نرگس محمدی, Iran") lays out correctly.

/** The colour of text whose style names none. */
export const TEXT_COLOR = "#1e293b";

export interface Style {
  size: number;
  bold?: boolean;
  color?: string;
  lineGap?: number;
}

/** A piece of a line in one script and bidi level (or a space), measured. */
interface Atom {
  text: string;
  script: FontKey;
  level: number;
  space: boolean;
  width: number;
}

export interface Line {
  atoms: Atom[];
  width: number;
}

export function lineHeight(style: Style) {
  return style.size * 1.42 + (style.lineGap ?? 0);
}

// A left-to-right run with no letters but some right-to-left script: a number in Persian digits.
const RTL_SCRIPT_NUMBER = /^(?=.*[\u0600-\u06FF])[^\p{L}]+$/u;

/**
 * The font a character is drawn in: marks, digits and punctuation stay in the font of the
 * text before them when it has them; anything else takes the first font that has it.
 * A character no font has stays in the font before it (it is reported before export).
 */
function fontForChar(cp: number, previous: FontKey | undefined): FontKey {
  if (previous && !LETTER.test(String.fromCodePoint(cp)) && fontHas(previous, cp)) return previous;
  return fontCovering(cp) ?? previous ?? "latin";
}
const LETTER = /\p{L}/u;

/** Breaks text into lines no wider than `width`, each line's atoms in visual order. */
export function layoutText(fonts: PdfFonts, text: string, style: Style, width: number): Line[] {
  const bold = !!style.bold;
  const size = style.size;
  const lines: Line[] = [];
  for (const para of text.split("\n")) {
    const levels = fieldLevels(para);
    // Citation marks after right-to-left text stay left to right ("… تهران [1][2]").
    const cites = levels ? / (?:\[\d+(?:–\d+)?\])+$/.exec(para) : null;
    if (levels && cites) levels.fill(0, cites.index);
    // Words: groups of atoms with no break opportunity between them.
    const words: { atoms: Atom[]; spaceBefore: Atom | null }[] = [];
    let current: { atoms: Atom[]; spaceBefore: Atom | null } | null = null;
    let pendingSpace: Atom | null = null;
    let i = 0;
    for (const ch of para) {
      const cp = ch.codePointAt(0)!;
      const level = levels?.[i] ?? 0;
      i += ch.length;
      if (ch === " " || ch === "\t" || ch === "\u00a0") {
        if (current) {
          words.push(current);
          current = null;
        }
        if (!pendingSpace) pendingSpace = { text: " ", script: "latin", level, space: true, width: 0 };
        continue;
      }
      const cjk = isCjkBreakable(cp);
      if (cjk && current) {
        words.push(current);
        current = null;
      }
      if (!current) {
        current = { atoms: [], spaceBefore: pendingSpace };
        pendingSpace = null;
      }
      const last = current.atoms[current.atoms.length - 1];
      const script = fontForChar(cp, last?.script);
      if (last && script === last.script && last.level % 2 === level % 2 && !cjk) {
        last.text += ch;
      } else {
        current.atoms.push({ text: ch, script, level, space: false, width: 0 });
      }
      if (cjk) {
        words.push(current);
        current = null;
      }
    }
    if (current) words.push(current);
    if (!words.length) {
      lines.push({ atoms: [], width: 0 });
      continue;
    }
    for (const w of words) {
      for (const a of w.atoms) a.width = fonts.measure(a.text, a.script, bold, size);
      if (w.spaceBefore) w.spaceBefore.width = fonts.measure(" ", "latin", bold, size);
    }
    let line: Atom[] = [];
    let lineWidth = 0;
    const flush = () => {
      lines.push({ atoms: reorder(line), width: lineWidth });
      line = [];
      lineWidth = 0;
    };
    for (const w of splitLongWords(words, width, (t, s) => fonts.measure(t, s, bold, size))) {
      const wordWidth = w.atoms.reduce((s, a) => s + a.width, 0);
      const gap = line.length && w.spaceBefore ? w.spaceBefore.width : 0;
      if (line.length && lineWidth + gap + wordWidth > width) flush();
      if (line.length && w.spaceBefore) {
        line.push(w.spaceBefore);
        lineWidth += w.spaceBefore.width;
      }
      line.push(...w.atoms);
      lineWidth += wordWidth;
    }
    if (line.length) flush();
  }
  return lines;
}

/** Draws laid-out lines with their first line's top at `top`. */
export function drawLines(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  lines: Line[],
  style: Style,
  x: number,
  top: number,
  width: number,
  align: "left" | "right" | "auto" = "auto",
  rtlHint = false,
) {
  const lh = lineHeight(style);
  const bold = !!style.bold;
  doc.fillColor(style.color ?? TEXT_COLOR);
  lines.forEach((line, n) => {
    const baseline = top + n * lh + style.size * 1.08;
    const right = align === "right" || (align === "auto" && rtlHint);
    let cx = right ? x + width - line.width : x;
    for (const run of textRuns(line.atoms)) {
      if (!run.space) {
        fonts.use(run.script, bold, style.size);
        const options = { lineBreak: false, baseline: "alphabetic" } as PDFKit.Mixins.TextOptions;
        if (RTL_SCRIPT_NUMBER.test(run.text)) {
          // fontkit lays out Arabic-script text right to left, and Persian digits are
          // Arabic script: drawn one by one, a number keeps its left-to-right order.
          let dx = cx;
          for (const ch of run.text) {
            doc.text(ch, dx, baseline, options);
            dx += fonts.measure(ch, run.script, bold, style.size);
          }
        } else doc.text(run.text, cx, baseline, options);
      }
      cx += run.width;
    }
  });
  return lines.length * lh;
}

/**
 * What a line is drawn as: runs of left-to-right atoms in one font, with the single spaces
 * between them, each drawn in one call; each right-to-left atom on its own so fontkit
 * shapes and orders its glyphs; and the other spaces, which only move the pen.
 */
function textRuns(atoms: readonly Atom[]): Atom[] {
  const runs: Atom[] = [];
  let run: Atom | null = null;
  // A space after the run: joined to it if the next atom continues the run, else a pen move.
  let gap: Atom | null = null;
  const endRun = () => {
    if (run) runs.push(run);
    if (gap) runs.push(gap);
    run = gap = null;
  };
  for (const atom of atoms) {
    const ltr = atom.level % 2 === 0;
    if (atom.space) {
      if (run && !gap && ltr) gap = atom;
      else {
        endRun();
        runs.push(atom);
      }
    } else if (run && ltr && atom.script === run.script) {
      if (gap) {
        run.text += " ";
        run.width += gap.width;
        gap = null;
      }
      run.text += atom.text;
      run.width += atom.width;
    } else {
      endRun();
      if (ltr) run = { ...atom };
      else runs.push(atom);
    }
  }
  endRun();
  return runs;
}

/** Unicode bidi rule L2 on atoms: reverse every run at or above each odd level, highest first. */
function reorder(atoms: Atom[]): Atom[] {
  // Spaces at the ends of a line are dropped.
  let start = 0;
  let end = atoms.length;
  while (start < end && atoms[start]?.space) start++;
  while (end > start && atoms[end - 1]?.space) end--;
  const line = atoms.slice(start, end);
  let max = 0;
  let minOdd = Infinity;
  for (const a of line) {
    if (a.level > max) max = a.level;
    if (a.level % 2 === 1 && a.level < minOdd) minOdd = a.level;
  }
  if (minOdd === Infinity) return line;
  for (let level = max; level >= minOdd; level--) {
    // Past the end of the line is below every level.
    const atLevel = (k: number) => (line[k]?.level ?? -1) >= level;
    let i = 0;
    while (i < line.length) {
      if (atLevel(i)) {
        let j = i;
        while (atLevel(j)) j++;
        const rev = line.slice(i, j).reverse();
        line.splice(i, j - i, ...rev);
        i = j;
      } else i++;
    }
  }
  return line;
}

/** Words wider than a line (long URLs) are cut into pieces that fit. */
function* splitLongWords<W extends { atoms: Atom[]; spaceBefore: Atom | null }>(
  words: W[],
  width: number,
  measure: (text: string, script: FontKey) => number,
): Generator<{ atoms: Atom[]; spaceBefore: Atom | null }> {
  for (const w of words) {
    const total = w.atoms.reduce((s, a) => s + a.width, 0);
    if (total <= width) {
      yield w;
      continue;
    }
    let piece: Atom[] = [];
    let pieceWidth = 0;
    let first = true;
    for (const a of w.atoms) {
      let buf = "";
      for (const ch of a.text) {
        const next = buf + ch;
        const nw = measure(next, a.script);
        if (pieceWidth + nw > width && (buf || piece.length)) {
          if (buf) piece.push({ ...a, text: buf, width: measure(buf, a.script) });
          yield { atoms: piece, spaceBefore: first ? w.spaceBefore : null };
          first = false;
          piece = [];
          pieceWidth = 0;
          buf = ch;
        } else buf = next;
      }
      if (buf) {
        const bw = measure(buf, a.script);
        piece.push({ ...a, text: buf, width: bw });
        pieceWidth += bw;
      }
    }
    if (piece.length) yield { atoms: piece, spaceBefore: first ? w.spaceBefore : null };
  }
}
