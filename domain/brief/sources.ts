import type { BriefSection, BriefSourceEntry } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, humanize } from "./format";

export interface SourceLists {
  /** The cited sources, in number order. */
  cited: BriefSourceEntry[];
  /** The case's other sources the reader may see, cited by no claim in the brief. */
  other: Omit<BriefSourceEntry, "number">[];
}

/** Splits the sources into those the brief cites (with their numbers) and the rest of the case's. */
export function sourceLists(ctx: BriefContext, numberOf: Map<number, number>): SourceLists {
  const entry = (id: number) => {
    const s = ctx.sourcesById.get(id);
    if (!s) return null;
    const parts = [s.title];
    if (s.outlet) parts.push(s.outlet);
    parts.push(s.publishedOn ? formatBriefDate(s.publishedOn) : "undated");
    if (s.type) parts.push(humanize(s.type));
    let text = parts.join(". ") + ".";
    text += s.url ? ` ${s.url}` : " No URL recorded.";
    if (s.confidential) text += " (Confidential source.)";
    return { sourceId: s.id, text, confidential: s.confidential };
  };
  const cited = [...numberOf.entries()]
    .sort((a, b) => a[1] - b[1])
    .flatMap(([id, number]) => {
      const e = entry(id);
      return e ? [{ number, ...e }] : [];
    });
  const other = ctx.data.caseSourceIds
    .filter((id) => !numberOf.has(id))
    .sort(ctx.sourceOrder)
    .flatMap((id) => entry(id) ?? []);
  return { cited, other };
}

/** The numbered sources the other sections cite, then the case's other sources, unnumbered. */
export function sourcesSection({ cited, other }: SourceLists): BriefSection[] {
  const blocks: BriefSection["blocks"] = [];
  if (cited.length) blocks.push({ kind: "list", marker: "source", items: cited.map((s) => s.text) });
  else if (other.length) blocks.push({ kind: "paragraph", text: "No claim in this brief cites a source yet.", style: "muted" });
  if (other.length) {
    blocks.push({ kind: "paragraph", text: "Other sources" }, { kind: "list", marker: "bullet", items: other.map((s) => s.text) });
  }
  if (!blocks.length) blocks.push({ kind: "paragraph", text: "No sources recorded.", style: "muted" });
  return [{ id: "sources", title: "Sources", blocks }];
}
