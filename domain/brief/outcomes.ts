import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { fitColumns } from "./columns";
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
            ...fitted(
              data.outcomes.map((o) => [formatBriefDate(o.occurredOn), humanize(o.type), withCites(outcomeText(o), cite(o.sourceIds))]),
            ),
          },
        ]
      : [{ kind: "paragraph", text: "No outcomes recorded yet.", style: "muted" }],
  });
  return sections;
}

function fitted(rows: string[][]) {
  const columns = ["Date", "Type", "Outcome"].map((label) => ({ label, width: 1 }));
  return { columns: fitColumns(columns, rows), rows };
}
