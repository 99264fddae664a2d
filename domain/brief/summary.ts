import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { withCites } from "./format";

/** The case summary, citing the case's sources. */
export function summarySection(ctx: BriefContext): BriefSection[] {
  const { caseCites } = ctx;
  const c = ctx.data.case;
  const sections: BriefSection[] = [];
  sections.push({
    id: "summary",
    title: "Summary",
    blocks: [{ kind: "paragraph", text: withCites(c.summary.trim() || "No summary recorded.", caseCites), style: "lead" }],
  });
  return sections;
}
