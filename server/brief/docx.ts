import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, CaseBrief } from "@/domain/brief";
import { CONFIDENTIAL_MARKING } from "@/domain/brief";
import { FONT_FILES } from "./font-catalog";
import { isRtlParagraph, scriptRuns } from "./scripts";

// Renders the case brief as a Word document from the same content model as the PDF.
// Word picks the font per script from the run properties (ascii/hAnsi for Latin and
// Cyrillic, cs for Arabic and Persian, eastAsia for Chinese); Arabic runs are marked
// right-to-left and wholly right-to-left paragraphs are bidirectional. The fonts are
// named, not embedded: embedding Noto Sans SC alone would add 7 MB to every brief
// with a Chinese name, and Word falls back to the system's font for each script.

const FONT = {
  ascii: FONT_FILES.latin.family,
  hAnsi: FONT_FILES.latin.family,
  cs: FONT_FILES.arabic.family,
  eastAsia: FONT_FILES.cjk.family,
};

const BRAND = "175A5D";
const MUTED = "475569";
const RED = "B91C1C";
const RULE = "CBD5E1";
// A4 with 2 cm margins, in twentieths of a point.
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = 1134;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

interface RunStyle {
  size?: number; // points
  bold?: boolean;
  color?: string;
}

function runs(text: string, style: RunStyle = {}): TextRun[] {
  const size = Math.round((style.size ?? 10) * 2);
  // One run per script, so Arabic and Persian runs can be marked right to left;
  // line breaks typed in the text become line breaks in Word.
  return text.split("\n").flatMap((line, n) =>
    (line ? scriptRuns(line) : [{ script: "latin", text: "" }]).map(
      (r, i) =>
        new TextRun({
          text: r.text,
          break: n > 0 && i === 0 ? 1 : undefined,
          bold: style.bold,
          boldComplexScript: style.bold,
          size,
          sizeComplexScript: size,
          color: style.color,
          rightToLeft: r.script === "arabic" ? true : undefined,
        }),
    ),
  );
}

function para(
  text: string,
  style: RunStyle = {},
  options: { after?: number; indentHanging?: number; prefix?: string; keepNext?: boolean } = {},
) {
  const rtl = isRtlParagraph(text);
  const children: ParagraphChild[] = [];
  if (options.prefix)
    children.push(
      new TextRun({ text: options.prefix, color: MUTED, size: Math.round((style.size ?? 10) * 2) }),
      new TextRun({ text: "\t" }),
    );
  children.push(...runs(text, style));
  return new Paragraph({
    children,
    bidirectional: rtl && !options.prefix ? true : undefined,
    spacing: { after: options.after ?? 120, line: 276 },
    keepNext: options.keepNext,
    indent: options.indentHanging ? { left: options.indentHanging, hanging: options.indentHanging } : undefined,
    tabStops: options.indentHanging ? [{ type: TabStopType.LEFT, position: options.indentHanging }] : undefined,
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function table(columns: { label: string; width: number }[], rows: string[][], options: { header?: boolean; boldFirst?: boolean } = {}) {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const sized = columns.map((c) => ({ label: c.label, width: Math.round((c.width / total) * CONTENT_WIDTH) }));
  const cell = (text: string, width: number, i: number, head: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      shading: head ? { type: ShadingType.CLEAR, color: "auto", fill: "EEF6F6" } : undefined,
      borders: { top: cellBorder, bottom: cellBorder, left: noBorder, right: noBorder },
      children: [
        para(
          text,
          head
            ? { size: 8, bold: true, color: BRAND }
            : options.boldFirst && i === 0
              ? { size: 8.5, bold: true, color: MUTED }
              : { size: 8.5 },
          {
            after: 0,
          },
        ),
      ],
    });
  const tableRows: TableRow[] = [];
  if (options.header ?? true) {
    tableRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: sized.map((c, i) => cell(c.label, c.width, i, true)) }));
  }
  // One cell under each column: a short row is padded rather than left ragged.
  for (const r of rows)
    tableRows.push(new TableRow({ cantSplit: true, children: sized.map((c, i) => cell(r[i] ?? "", c.width, i, false)) }));
  return new Table({
    rows: tableRows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: sized.map((c) => c.width),
    layout: TableLayoutType.FIXED,
  });
}

function blockChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [para(block.text, block.style === "muted" ? { size: 9.5, color: MUTED } : { size: block.style === "lead" ? 10 : 9.5 })];
    case "facts":
      return [
        table(
          [
            { label: "Fact", width: 0.26 },
            { label: "Detail", width: 0.74 },
          ],
          block.rows.map((r) => [r.label, r.value]),
          { header: false, boldFirst: true },
        ),
        new Paragraph({ children: [], spacing: { after: 120 } }),
      ];
    case "table":
      return [table(block.columns, block.rows), new Paragraph({ children: [], spacing: { after: 120 } })];
    case "list":
      return block.items.map((item, i) =>
        para(
          item,
          { size: 9.5 },
          {
            after: 60,
            indentHanging: block.marker === "source" ? 480 : 360,
            prefix: block.marker === "source" ? `[${i + 1}]` : block.marker === "number" ? `${i + 1}.` : "•",
          },
        ),
      );
  }
}

export async function renderBriefDocx(brief: CaseBrief): Promise<Buffer> {
  const h = brief.header;
  const children: (Paragraph | Table)[] = [
    // The first line a reader (or a mail preview) sees says what the file is.
    ...(h.confidential ? [para(CONFIDENTIAL_MARKING, { size: 12, bold: true, color: RED }, { after: 40 })] : []),
    para("CASE BRIEF", { size: 8.5, bold: true, color: BRAND }, { after: 0 }),
    new Paragraph({ children: runs(h.personName, { size: 22, bold: true }), spacing: { after: 40 } }),
    para(h.caseTitle, { size: 11.5, color: MUTED }, { after: 160 }),
    table(
      [
        { label: "", width: 0.26 },
        { label: "", width: 0.74 },
      ],
      [
        ["Current status", h.status],
        ["Country", h.country || "—"],
        ["Prepared", `${h.preparedOn} by ${h.preparedBy}`],
        ...(h.meetingWith ? [["For a meeting with", h.meetingWith]] : []),
      ],
      { header: false, boldFirst: true },
    ),
    new Paragraph({
      children: runs(h.marking, { size: 9, bold: h.confidential, color: h.confidential ? RED : MUTED }),
      spacing: { before: 160, after: 240 },
      shading: { type: ShadingType.CLEAR, color: "auto", fill: h.confidential ? "FEF2F2" : "F1F5F9" },
      border: h.confidential
        ? {
            top: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 },
            left: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 },
            right: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 },
          }
        : undefined,
    }),
  ];
  for (const section of brief.sections) {
    children.push(
      new Paragraph({
        children: runs(section.title, { size: 13, bold: true, color: BRAND }),
        keepNext: true,
        spacing: { before: 240, after: 120 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BRAND, space: 2 } },
      }),
    );
    for (const block of section.blocks) children.push(...blockChildren(block));
  }

  const headerChildren: ParagraphChild[] = [...runs(brief.runningTitle, { size: 7.5, color: MUTED })];
  if (h.confidential) {
    headerChildren.push(new TextRun({ text: "\t" }), new TextRun({ text: CONFIDENTIAL_MARKING, bold: true, color: RED, size: 18 }));
  }

  const doc = new Document({
    creator: h.preparedBy,
    title: h.title,
    description: h.confidential ? `${CONFIDENTIAL_MARKING} case brief` : "Case brief",
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: headerChildren,
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                children: [
                  ...runs(`${h.personName} · prepared ${h.preparedOn}`, { size: 7.5, color: MUTED }),
                  new TextRun({ text: "\t", size: 15 }),
                  new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 15, color: MUTED }),
                ],
                alignment: AlignmentType.LEFT,
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
