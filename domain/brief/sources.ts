import type { BriefSection } from "./model";
import type { BriefContext } from "./context";

/** The numbered sources the other sections cite. */
export function sourcesSection(ctx: BriefContext): BriefSection[] {
  const { sourceEntries } = ctx;
  const sections: BriefSection[] = [];
  sections.push({
    id: "sources",
    title: "Sources",
    blocks: sourceEntries.length
      ? [{ kind: "list", marker: "source", items: sourceEntries.map((s) => s.text) }]
      : [{ kind: "paragraph", text: "No sources recorded.", style: "muted" }],
  });
  return sections;
}
