import type { Block, BriefAskRow, BriefSection } from "./model";
import { CITE_MARK, citeMarks, citedIds } from "./format";

/**
 * The final pass over the composed brief: sources are numbered in the order the brief
 * first cites them as it reads (within one claim, in `sourceOrder`), and each claim's
 * mark becomes its citation numbers. A source the reader may not see was never read, so
 * it is never numbered. In the version with confidential items a claim without a source
 * says so; in the other it carries nothing.
 */
export interface Numbering {
  sections: BriefSection[];
  /** Citation number of each cited source. */
  numberOf: Map<number, number>;
  /** An ask row with its marks written and its `cites` as numbers. */
  resolveRow: (row: BriefAskRow) => BriefAskRow;
}

export function numberCitations(
  sections: BriefSection[],
  sourceOrder: (a: number, b: number) => number,
  readable: Set<number>,
  { markUnsourced }: { markUnsourced: boolean },
): Numbering {
  const numberOf = new Map<number, number>();
  const assign = (ids: number[]) => {
    for (const id of ids.filter((i) => readable.has(i)).sort(sourceOrder)) {
      if (!numberOf.has(id)) numberOf.set(id, numberOf.size + 1);
    }
  };
  const resolve = (text: string) =>
    text.replace(CITE_MARK, (_mark, group: string) => {
      const numbers = citedIds(group)
        .map((id) => numberOf.get(id))
        .filter((n): n is number => n !== undefined);
      if (numbers.length) return ` ${citeMarks(numbers)}`;
      return markUnsourced ? " (unsourced)" : "";
    });

  for (const text of sections.flatMap((s) => s.blocks.flatMap(blockTexts))) {
    for (const m of text.matchAll(CITE_MARK)) assign(citedIds(m[1] ?? ""));
  }
  return {
    sections: sections.map((s) => ({ ...s, title: resolve(s.title), blocks: s.blocks.map((b) => mapBlock(b, resolve)) })),
    numberOf,
    resolveRow: (row) => {
      assign(row.cites);
      return {
        ...row,
        ask: resolve(row.ask),
        response: resolve(row.response),
        cites: row.cites.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined),
      };
    },
  };
}

function blockTexts(b: Block): string[] {
  switch (b.kind) {
    case "paragraph":
      return [b.text];
    case "facts":
      return b.rows.map((r) => r.value);
    case "table":
      return b.rows.flat();
    case "list":
      return b.items;
  }
}

function mapBlock(b: Block, f: (text: string) => string): Block {
  switch (b.kind) {
    case "paragraph":
      return { ...b, text: f(b.text) };
    case "facts":
      return { ...b, rows: b.rows.map((r) => ({ label: r.label, value: f(r.value) })) };
    case "table":
      return { ...b, rows: b.rows.map((r) => r.map(f)) };
    case "list":
      return { ...b, items: b.items.map(f) };
  }
}
