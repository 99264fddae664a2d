import PDFDocument from "pdfkit";
import type { Block, CaseBrief } from "@/domain/brief";
import { CONFIDENTIAL_MARKING } from "@/domain/brief";
import { isRtlParagraph } from "./scripts";
import { defaultFont, PdfFonts } from "./pdf-fonts";
import { drawLines, layoutText, lineHeight, type Line, type Style } from "./pdf-text";
import { COLORS, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN_X } from "./pdf-page";
import { decoratePages } from "./pdf-running-lines";

// Renders the case brief as an A4 PDF: the page layout (title block, sections, tables,
// lists, running header and footer). Text layout is in ./pdf-text, fonts in ./pdf-fonts.

type Doc = PDFKit.PDFDocument;

class Writer {
  doc: Doc;
  y = CONTENT_TOP;
  readonly fonts: PdfFonts;

  constructor(private readonly brief: CaseBrief) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      // A TrueType font from the start, so pdfkit never loads its built-in AFM fonts.
      font: defaultFont() as unknown as string,
      info: {
        Title: brief.header.title,
        Author: brief.header.preparedBy,
        Subject: brief.header.confidential ? `${CONFIDENTIAL_MARKING} case brief` : "Case brief",
        Creator: "Vigil",
      },
      lang: "en",
    });
    this.fonts = new PdfFonts(this.doc);
  }

  private layout(text: string, style: Style, width: number): Line[] {
    return layoutText(this.fonts, text, style, width);
  }

  private drawLines(
    lines: Line[],
    style: Style,
    x: number,
    top: number,
    width: number,
    align: "left" | "right" | "auto" = "auto",
    rtlHint = false,
  ) {
    return drawLines(this.doc, this.fonts, lines, style, x, top, width, align, rtlHint);
  }

  /** Lays out and draws a paragraph at the cursor, breaking pages between lines. */
  paragraph(text: string, style: Style, indent = 0, after = 6, align: "left" | "auto" = "auto") {
    const width = CONTENT_WIDTH - indent;
    const lines = this.layout(text, style, width);
    const lh = lineHeight(style);
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
    const h = lines.length * lineHeight(style);
    // Keep a heading with at least the first lines of what follows it.
    this.ensure(h + 56);
    this.y += 6;
    this.drawLines(lines, style, MARGIN_X, this.y, CONTENT_WIDTH);
    this.y += h + 2;
    this.doc
      .moveTo(MARGIN_X, this.y)
      .lineTo(MARGIN_X + CONTENT_WIDTH, this.y)
      .lineWidth(0.75)
      .strokeColor(COLORS.brand)
      .stroke();
    this.y += 8;
  }

  table(columns: { label: string; width: number }[], rows: string[][], options: { header?: boolean; boldFirst?: boolean } = {}) {
    const header = options.header ?? true;
    // Tight cells: a short case's brief fits on two pages.
    const pad = 3;
    const bodyStyle: Style = { size: 8.5 };
    const headStyle: Style = { size: 8, bold: true, color: COLORS.brand };
    const totalFraction = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / totalFraction) * CONTENT_WIDTH);
    const cols = widths.map((width, i) => ({ width, x: MARGIN_X + widths.slice(0, i).reduce((s, w) => s + w, 0) }));

    // One cell under each column: a short row is padded rather than left ragged.
    const measureRow = (cells: string[], style: (i: number) => Style) => {
      const laid = cols.map((col, i) => this.layout(cells[i] || "", style(i), col.width - 2 * pad));
      const height = Math.max(...laid.map((l, i) => l.length * lineHeight(style(i)))) + 2 * pad;
      return { laid, height };
    };
    const drawRow = (laid: Line[][], height: number, style: (i: number) => Style, fill: string | null) => {
      if (fill) this.doc.rect(MARGIN_X, this.y, CONTENT_WIDTH, height).fill(fill);
      cols.forEach((col, i) => {
        this.drawLines(laid[i] ?? [], style(i), col.x + pad, this.y + pad, col.width - 2 * pad, "left");
      });
      this.y += height;
      this.doc
        .moveTo(MARGIN_X, this.y)
        .lineTo(MARGIN_X + CONTENT_WIDTH, this.y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    };
    const head = header
      ? measureRow(
          columns.map((c) => c.label),
          () => headStyle,
        )
      : null;
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
          const fit = Math.max(0, Math.floor(room / lineHeight(bodyStyleFor(i))));
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
        height = Math.max(...laid.map((l, i) => l.length * lineHeight(bodyStyleFor(i)))) + 2 * pad;
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
    const lh = lineHeight(style);
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
    // The first line a reader (or a mail preview) sees says what the file is.
    if (h.confidential) this.paragraph(CONFIDENTIAL_MARKING, { size: 12, bold: true, color: COLORS.red }, 0, 2, "left");
    this.paragraph("CASE BRIEF", { size: 8.5, bold: true, color: COLORS.brand }, 0, 0, "left");
    this.paragraph(h.personName, { size: 22, bold: true, color: COLORS.text }, 0, 0, "left");
    this.paragraph(h.caseTitle, { size: 11.5, color: COLORS.muted }, 0, 8, "left");
    const rows = [
      ["Current status", h.status],
      ["Country", h.country || "—"],
      ["Prepared", `${h.preparedOn} by ${h.preparedBy}`],
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
    const boxH = lines.length * lineHeight(style) + 10;
    this.doc
      .rect(MARGIN_X, this.y, CONTENT_WIDTH, boxH)
      .lineWidth(h.confidential ? 1.2 : 0.5)
      .fillAndStroke(h.confidential ? COLORS.redFill : COLORS.greyFill, h.confidential ? COLORS.red : COLORS.rule);
    this.drawLines(lines, style, MARGIN_X + 8, this.y + 5, CONTENT_WIDTH - 16);
    this.y += boxH + 10;
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
  decoratePages(w.doc, w.fonts, brief);
  w.doc.end();
  return done;
}
