// Column widths from what the columns hold, shared by both renderers so the PDF and the
// Word table break the same way. The rule is the browser's automatic table layout in
// characters: every column gets at least its longest unbreakable run, and the room left
// goes to the columns whose text is longest, so a date or a channel stays on one line
// and the ask and the response take the width.

/** Characters of body text that fit across the page, less cell padding (A4, 8.5 pt). */
const LINE_CHARS = 104;
/** A cell this short is kept on one line ("20 Aug 2022", "Public letter"). */
const KEEP_WHOLE = 16;
const PADDING = 2;

function shortest(text: string): number {
  const t = text.trim();
  if (t.length <= KEEP_WHOLE) return t.length;
  return Math.max(0, ...t.split(/\s+/).map((w) => w.length));
}

export function fitColumns<C extends { label: string; width: number }>(columns: C[], rows: string[][]): C[] {
  const cells = (i: number) => [columns[i]?.label ?? "", ...rows.map((r) => r[i] ?? "")];
  const min = columns.map((_, i) => Math.max(...cells(i).map(shortest)) + PADDING);
  const max = columns.map((_, i) => Math.max(min[i] ?? 0, ...cells(i).map((c) => c.trim().length + PADDING)));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  let widths: number[];
  if (sum(max) <= LINE_CHARS) widths = max;
  else if (sum(min) >= LINE_CHARS) widths = min;
  else {
    const room = LINE_CHARS - sum(min);
    const slack = sum(max) - sum(min);
    widths = min.map((m, i) => m + (room * ((max[i] ?? m) - m)) / slack);
  }
  const total = sum(widths);
  return columns.map((c, i) => ({ ...c, width: Math.round(((widths[i] ?? 0) / total) * 1000) / 1000 }));
}
