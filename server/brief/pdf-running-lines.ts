import { CONFIDENTIAL_MARKING, type CaseBrief } from "@/domain/brief";
import type { PdfFonts } from "./pdf-fonts";
import { COLORS, CONTENT_WIDTH, MARGIN_X, PAGE } from "./pdf-page";
import { drawLines, layoutText, type Style } from "./pdf-text";

// The running header (case name, marking) and footer (who, when, page x of y), drawn on every
// page once the body is laid out: only then is the page count known.

const SMALL: Style = { size: 7.5, color: COLORS.muted };
const MARKING: Style = { size: 9, bold: true, color: COLORS.red };

function rule(doc: PDFKit.PDFDocument, y: number) {
  doc
    .moveTo(MARGIN_X, y)
    .lineTo(MARGIN_X + CONTENT_WIDTH, y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
}

export function decoratePages(doc: PDFKit.PDFDocument, fonts: PdfFonts, brief: CaseBrief) {
  const text = (value: string, style: Style, x: number, top: number, width: number, align: "left" | "right" | "auto" = "auto") =>
    drawLines(doc, fonts, layoutText(fonts, value, style, width).slice(0, 1), style, x, top, width, align);
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    text(brief.runningTitle, SMALL, MARGIN_X, 30, CONTENT_WIDTH * 0.65);
    if (brief.header.confidential) text(CONFIDENTIAL_MARKING, MARKING, MARGIN_X + CONTENT_WIDTH - 200, 28, 200, "right");
    rule(doc, 46);
    const footY = PAGE.height - 44;
    rule(doc, footY - 6);
    text(`${brief.header.personName} · prepared ${brief.header.preparedOn}`, SMALL, MARGIN_X, footY, CONTENT_WIDTH * 0.7);
    text(`Page ${i - range.start + 1} of ${total}`, SMALL, MARGIN_X + CONTENT_WIDTH - 120, footY, 120, "right");
  }
}
