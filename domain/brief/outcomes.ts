import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, humanize, outcomeText, withCites } from "./format";

/** What came of the campaign. */
export function outcomesSection(ctx: BriefContext): BriefSection[] {
  const { data, cite } = ctx;
  const sections: BriefSection[] = [];
  sections.push({
    id: "outcomes",
    title: "Outcomes",
    blocks: data.outcomes.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Date", width: 0.16 },
              { label: "Type", width: 0.16 },
              { label: "Outcome", width: 0.68 },
            ],
            rows: data.outcomes.map((o) => [formatBriefDate(o.occurredOn), humanize(o.type), withCites(outcomeText(o), cite(o.sourceIds))]),
          },
        ]
      : [{ kind: "paragraph", text: "No outcomes recorded yet.", style: "muted" }],
  });
  return sections;
}
