import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import bidiFactory from "bidi-js";
import type { Block, CaseBrief } from "@/domain/brief";
import { CONFIDENTIAL_MARKING } from "@/domain/brief";
import { FONT_FILES, isCjkBreakable, isRtlParagraph, scriptOf, type FontScript } from "./scripts";

// Renders the case brief as an A4 PDF. pdfkit draws glyphs and fontkit shapes them
// (Arabic joining, right-to-left glyph order inside a word); line breaking, font
// fallback between scripts and bidi reordering of words are done here, so mixed-script
// text ("Case of نرگس محمدی, Iran") lays out correctly.

const bidi = bidiFactory();

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN_X = 54;
const CONTENT_TOP = 74;
const CONTENT_BOTTOM = PAGE.height - 62;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X;

const COLORS = {
  text: "#1e293b",
  muted: "#475569",
  brand: "#175a5d",
  rule: "#cbd5e1",
  headerFill: "#eef6f6",
  zebra: "#f8fafc",
  red: "#b91c1c",
  redFill: "#fef2f2",
  greyFill: "#f1f5f9",
};

// Fonts are opened (parsed) once per process and shared by every document; each
// document embeds only a subset holding the glyphs it uses.
const fontCache = new Map<string, fontkit.Font>();
function openFont(file: string): fontkit.Font {
  let font = fontCache.get(file);
  if (!font) {
    font = fontkit.openSync(file) as fontkit.Font;
    fontCache.set(file, font);
  }
  return font;
}

// Word shapes per font, shared by all documents; dropped when it grows large.
const layoutCaches = new Map<string, Record<string, unknown>>();
const MAX_CACHED_WORDS = 20_000;
function sharedLayoutCache(key: string): Record<string, unknown> {
  let cache = layoutCaches.get(key);
  if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(key, cache);
  }
  return cache;
}

// Measured widths of words per font and size, shared by all documents.
const widthCache = new Map<string, number>();

interface Style {
  size: number;
  bold?: boolean;
  color?: string;
  lineGap?: number;
}

interface Atom {
  text: string;
  script: FontScript;
  level: number;
  space: boolean;
  width: number;
}

interface Line {
  atoms: Atom[];
  width: number;
}

type Doc = PDFKit.PDFDocument;

class Writer {
  doc: Doc;
  y = CONTENT_TOP;
  private registered = new Set<string>();

  constructor(private readonly brief: CaseBrief) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      // A TrueType font from the start, so pdfkit never loads its built-in AFM fonts.
      font: openFont(FONT_FILES.latin.regular) as unknown as string,
      info: {
        Title: brief.header.title,
        Author: brief.header.preparedBy,
        Subject: brief.header.confidential ? `${CONFIDENTIAL_MARKING} case brief` : "Case brief",
        Creator: "Vigil",
      },
      lang: "en",
    });
  }

  private useFont(script: FontScript, bold: boolean, size: number) {
    const key = `${script}-${bold ? "b" : "r"}`;
    if (!this.registered.has(key)) {
      const files = FONT_FILES[script];
      this.doc.registerFont(key, openFont(bold ? files.bold : files.regular) as never);
      this.doc.font(key);
      // pdfkit finds an already-open font by its PostScript name but does not remember
      // the registered name for it, re-opening it on every switch; remember it here.
      const internals = this.doc as unknown as { _fontFamilies: Record<string, unknown>; _font: { layoutCache?: object } };
      internals._fontFamilies[key] = internals._font;
      // Shaping a word (fontkit's GSUB/GPOS) is the costly part of rendering; pdfkit
      // caches it per document, this shares that cache between documents.
      internals._font.layoutCache = sharedLayoutCache(key);
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
    return key;
  }

  private measure(text: string, script: FontScript, bold: boolean, size: number): number {
    const key = `${script}${bold ? "b" : "r"}${size}|${text}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      this.useFont(script, bold, size);
      w = this.doc.widthOfString(text);
      if (widthCache.size > MAX_CACHED_WORDS * 4) widthCache.clear();
      widthCache.set(key, w);
    }
    return w;
  }

  lineHeight(style: Style) {
    return style.size * 1.42 + (style.lineGap ?? 0);
  }

  /** Breaks text into lines no wider than `width`, each line's atoms in visual order. */
  layout(text: string, style: Style, width: number): Line[] {
    const bold = !!style.bold;
    const size = style.size;
    const lines: Line[] = [];
    for (const para of text.split("\n")) {
      const hasRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(para);
      const levels = hasRtl ? bidi.getEmbeddingLevels(para, "ltr").levels : null;
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
        const script = scriptOf(cp);
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
        if (last && (script === null || script === last.script) && (last.level % 2) === (level % 2) && !cjk) {
          last.text += ch;
        } else {
          current.atoms.push({ text: ch, script: script ?? last?.script ?? "latin", level, space: false, width: 0 });
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
        for (const a of w.atoms) a.width = this.measure(a.text, a.script, bold, size);
        if (w.spaceBefore) w.spaceBefore.width = this.measure(" ", "latin", bold, size);
      }
      let line: Atom[] = [];
      let lineWidth = 0;
      const flush = () => {
        lines.push({ atoms: reorder(line), width: lineWidth });
        line = [];
        lineWidth = 0;
      };
      for (const w of splitLongWords(words, width, (t, s) => this.measure(t, s, bold, size))) {
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
  drawLines(lines: Line[], style: Style, x: number, top: number, width: number, align: "left" | "right" | "auto" = "auto", rtlHint = false) {
    const lh = this.lineHeight(style);
    const bold = !!style.bold;
    this.doc.fillColor(style.color ?? COLORS.text);
    lines.forEach((line, n) => {
      const baseline = top + n * lh + style.size * 1.08;
      const right = align === "right" || (align === "auto" && rtlHint);
      let cx = right ? x + width - line.width : x;
      for (const run of textRuns(line.atoms)) {
        if (!run.space) {
          this.useFont(run.script, bold, style.size);
          this.doc.text(run.text, cx, baseline, { lineBreak: false, baseline: "alphabetic" } as PDFKit.Mixins.TextOptions);
        }
        cx += run.width;
      }
    });
    return lines.length * lh;
  }

  /** Lays out and draws a paragraph at the cursor, breaking pages between lines. */
  paragraph(text: string, style: Style, indent = 0, after = 6, align: "left" | "auto" = "auto") {
    const width = CONTENT_WIDTH - indent;
    const lines = this.layout(text, style, width);
    const lh = this.lineHeight(style);
    const rtl = isRtlParagraph(text);
    let start = 0;
    while (start < lines.length) {
      const room = Math.max(1, Math.floor((CONTENT_BOTTOM - this.y) / lh));
      if (room < 2 && lines.length - start > 1 && this.y > CONTENT_TOP) {
        this.newPage();
        continue;
      }
      const chunk = lines.slice(start, start + room);
      this.drawLines(chunk, style, MARGIN_X + indent, this.y, width, align, rtl);
      this.y += chunk.length * lh;
      start += chunk.length;
      if (start < lines.length) this.newPage();
    }
    this.y += after;
  }

  newPage() {
    this.doc.addPage({ size: "A4", margin: 0 });
    this.y = CONTENT_TOP;
  }

  ensure(height: number) {
    if (this.y + height > CONTENT_BOTTOM && this.y > CONTENT_TOP) this.newPage();
  }

  heading(text: string) {
    const style: Style = { size: 13, bold: true, color: COLORS.brand };
    const lines = this.layout(text, style, CONTENT_WIDTH);
    const h = lines.length * this.lineHeight(style);
    // Keep a heading with at least the first lines of what follows it.
    this.ensure(h + 56);
    this.y += 6;
    this.drawLines(lines, style, MARGIN_X, this.y, CONTENT_WIDTH);
    this.y += h + 2;
    this.doc.moveTo(MARGIN_X, this.y).lineTo(MARGIN_X + CONTENT_WIDTH, this.y).lineWidth(0.75).strokeColor(COLORS.brand).stroke();
    this.y += 8;
  }

  table(columns: { label: string; width: number }[], rows: string[][], options: { header?: boolean; boldFirst?: boolean } = {}) {
    const header = options.header ?? true;
    const pad = 4;
    const bodyStyle: Style = { size: 8.5 };
    const headStyle: Style = { size: 8, bold: true, color: COLORS.brand };
    const totalFraction = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / totalFraction) * CONTENT_WIDTH);
    const cols = widths.map((width, i) => ({ width, x: MARGIN_X + widths.slice(0, i).reduce((s, w) => s + w, 0) }));

    // One cell under each column: a short row is padded rather than left ragged.
    const measureRow = (cells: string[], style: (i: number) => Style) => {
      const laid = cols.map((col, i) => this.layout(cells[i] || "", style(i), col.width - 2 * pad));
      const height = Math.max(...laid.map((l, i) => l.length * this.lineHeight(style(i)))) + 2 * pad;
      return { laid, height };
    };
    const drawRow = (laid: Line[][], height: number, style: (i: number) => Style, fill: string | null) => {
      if (fill) this.doc.rect(MARGIN_X, this.y, CONTENT_WIDTH, height).fill(fill);
      cols.forEach((col, i) =>
        this.drawLines(laid[i] ?? [], style(i), col.x + pad, this.y + pad, col.width - 2 * pad, "left"),
      );
      this.y += height;
      this.doc.moveTo(MARGIN_X, this.y).lineTo(MARGIN_X + CONTENT_WIDTH, this.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    };
    const head = header ? measureRow(columns.map((c) => c.label), () => headStyle) : null;
    const drawHead = () => {
      if (!head) return;
      drawRow(head.laid, head.height, () => headStyle, COLORS.headerFill);
    };
    const bodyStyleFor = (i: number): Style =>
      options.boldFirst && i === 0 ? { ...bodyStyle, bold: true, color: COLORS.muted } : bodyStyle;

    const measured = rows.map((r) => measureRow(r, bodyStyleFor));
    this.ensure((head?.height ?? 0) + (measured[0]?.height ?? 0));
    drawHead();
    const pageRoom = CONTENT_BOTTOM - CONTENT_TOP - (head?.height ?? 0);
    measured.forEach((m, r) => {
      const fill = !options.boldFirst && r % 2 === 1 ? COLORS.zebra : null;
      if (this.y + m.height > CONTENT_BOTTOM && m.height <= pageRoom) {
        // A row is kept whole on the next page when it fits on one.
        this.newPage();
        drawHead();
      }
      let laid = m.laid;
      let height = m.height;
      // A row taller than a page (a very long ask or note) continues on the next pages.
      while (this.y + height > CONTENT_BOTTOM) {
        const room = CONTENT_BOTTOM - this.y - 2 * pad;
        const parts = laid.map((lines, i) => {
          const fit = Math.max(0, Math.floor(room / this.lineHeight(bodyStyleFor(i))));
          return [lines.slice(0, fit), lines.slice(fit)] as const;
        });
        if (parts.every(([now]) => now.length === 0)) {
          this.newPage();
          drawHead();
          continue;
        }
        drawRow(
          parts.map(([now]) => now),
          CONTENT_BOTTOM - this.y,
          bodyStyleFor,
          fill,
        );
        laid = parts.map(([, later]) => later);
        height = Math.max(...laid.map((l, i) => l.length * this.lineHeight(bodyStyleFor(i)))) + 2 * pad;
        this.newPage();
        drawHead();
      }
      drawRow(laid, height, bodyStyleFor, fill);
    });
    this.y += 10;
  }

  list(items: string[], marker: "bullet" | "number" | "source") {
    const style: Style = { size: 9.5 };
    const indent = marker === "source" ? 24 : marker === "number" ? 18 : 14;
    const lh = this.lineHeight(style);
    items.forEach((item, i) => {
      const label = marker === "source" ? `[${i + 1}]` : marker === "number" ? `${i + 1}.` : "•";
      const lines = this.layout(item, style, CONTENT_WIDTH - indent);
      const rtl = isRtlParagraph(item);
      let start = 0;
      while (start < lines.length) {
        if (this.y + lh > CONTENT_BOTTOM) this.newPage();
        const room = Math.max(1, Math.floor((CONTENT_BOTTOM - this.y) / lh));
        const chunk = lines.slice(start, start + room);
        if (start === 0) {
          const markerLines = this.layout(label, { ...style, color: COLORS.muted }, indent);
          this.drawLines(markerLines, { ...style, color: COLORS.muted }, MARGIN_X, this.y, indent, "left");
        }
        this.drawLines(chunk, style, MARGIN_X + indent, this.y, CONTENT_WIDTH - indent, "auto", rtl);
        this.y += chunk.length * lh;
        start += chunk.length;
        if (start < lines.length) this.newPage();
      }
      this.y += 3;
    });
    this.y += 6;
  }

  block(block: Block) {
    switch (block.kind) {
      case "paragraph":
        this.paragraph(
          block.text,
          block.style === "muted" ? { size: 9.5, color: COLORS.muted } : block.style === "lead" ? { size: 10 } : { size: 9.5 },
        );
        break;
      case "facts":
        this.table(
          [
            { label: "Fact", width: 0.26 },
            { label: "Detail", width: 0.74 },
          ],
          block.rows.map((r) => [r.label, r.value]),
          { header: false, boldFirst: true },
        );
        break;
      case "table":
        this.table(block.columns, block.rows);
        break;
      case "list":
        this.list(block.items, block.marker);
        break;
    }
  }

  titleBlock() {
    const h = this.brief.header;
    this.paragraph("CASE BRIEF", { size: 8.5, bold: true, color: COLORS.brand }, 0, 0, "left");
    this.paragraph(h.personName, { size: 22, bold: true, color: COLORS.text }, 0, 0, "left");
    this.paragraph(h.caseTitle, { size: 11.5, color: COLORS.muted }, 0, 8, "left");
    const rows = [
      ["Current status", h.status],
      ["Country", h.country || "—"],
      ["Prepared", h.preparedOn],
      ["Prepared by", h.preparedBy],
    ];
    if (h.meetingWith) rows.push(["For a meeting with", h.meetingWith]);
    this.table(
      [
        { label: "", width: 0.26 },
        { label: "", width: 0.74 },
      ],
      rows,
      { header: false, boldFirst: true },
    );
    // The marking: red and boxed when confidential items are included.
    const style: Style = { size: 9, bold: h.confidential, color: h.confidential ? COLORS.red : COLORS.muted };
    const lines = this.layout(h.marking, style, CONTENT_WIDTH - 16);
    const boxH = lines.length * this.lineHeight(style) + 10;
    this.doc.rect(MARGIN_X, this.y, CONTENT_WIDTH, boxH).lineWidth(h.confidential ? 1.2 : 0.5)
      .fillAndStroke(h.confidential ? COLORS.redFill : COLORS.greyFill, h.confidential ? COLORS.red : COLORS.rule);
    this.drawLines(lines, style, MARGIN_X + 8, this.y + 5, CONTENT_WIDTH - 16);
    this.y += boxH + 10;
  }

  /** Running header (case name, marking) and footer (page x of y) on every page. */
  decoratePages() {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    const small: Style = { size: 7.5, color: COLORS.muted };
    for (let i = range.start; i < range.start + total; i++) {
      this.doc.switchToPage(i);
      const titleLines = this.layout(this.brief.runningTitle, small, CONTENT_WIDTH * 0.65).slice(0, 1);
      this.drawLines(titleLines, small, MARGIN_X, 30, CONTENT_WIDTH * 0.65);
      if (this.brief.header.confidential) {
        const conf: Style = { size: 9, bold: true, color: COLORS.red };
        const l = this.layout(CONFIDENTIAL_MARKING, conf, 200);
        this.drawLines(l, conf, MARGIN_X + CONTENT_WIDTH - 200, 28, 200, "right");
      }
      this.doc.moveTo(MARGIN_X, 46).lineTo(MARGIN_X + CONTENT_WIDTH, 46).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      const footY = PAGE.height - 44;
      this.doc.moveTo(MARGIN_X, footY - 6).lineTo(MARGIN_X + CONTENT_WIDTH, footY - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      const left = this.layout(`${this.brief.header.personName} · prepared ${this.brief.header.preparedOn}`, small, CONTENT_WIDTH * 0.7).slice(0, 1);
      this.drawLines(left, small, MARGIN_X, footY, CONTENT_WIDTH * 0.7);
      const pageLabel = this.layout(`Page ${i - range.start + 1} of ${total}`, small, 120);
      this.drawLines(pageLabel, small, MARGIN_X + CONTENT_WIDTH - 120, footY, 120, "right");
    }
  }
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
  measure: (text: string, script: FontScript) => number,
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

export function renderBriefPdf(brief: CaseBrief): Promise<Buffer> {
  const w = new Writer(brief);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on("data", (c: Buffer) => chunks.push(c));
    w.doc.on("end", () => resolve(Buffer.concat(chunks)));
    w.doc.on("error", reject);
  });
  w.titleBlock();
  for (const section of brief.sections) {
    w.heading(section.title);
    for (const block of section.blocks) w.block(block);
  }
  w.decoratePages();
  w.doc.end();
  return done;
}
