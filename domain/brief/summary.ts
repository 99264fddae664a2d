import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { withCites } from "./format";

/** The case summary, citing the sources linked to it. */
export function summarySection(ctx: BriefContext): BriefSection[] {
  const { citesOf } = ctx;
  const c = ctx.data.case;
  const sections: BriefSection[] = [];
  sections.push({
    id: "summary",
    title: "Summary",
    blocks: [
      {
        kind: "paragraph",
        text: c.summary.trim() ? withCites(c.summary.trim(), citesOf("summary")) : "No summary recorded.",
        style: "lead",
      },
    ],
  });
  return sections;
}
