import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { askTable } from "./ask-table";
import { formatBriefDate, withCites } from "./format";

/** Every ask made, then the open asks and their follow-ups. */
export function advocacySections(ctx: BriefContext): BriefSection[] {
  const { askRows, openAsks } = ctx;
  const sections: BriefSection[] = [];
  sections.push({
    id: "advocacy",
    title: "Advocacy history",
    blocks: askRows.length ? [askTable(askRows, true)] : [{ kind: "paragraph", text: "No asks recorded yet.", style: "muted" }],
  });

  sections.push({
    id: "open-asks",
    title: "Open asks and follow-ups",
    blocks: openAsks.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Follow up by", width: 0.16 },
              { label: "Official", width: 0.22 },
              { label: "Ask", width: 0.46 },
              { label: "Status", width: 0.16 },
            ],
            rows: openAsks.map((r) => [
              r.followUpOn ? `${formatBriefDate(r.followUpOn)}${r.overdue ? " (overdue)" : ""}` : "Not set",
              r.office && r.office !== "—" ? `${r.official}, ${r.office}` : r.official,
              withCites(r.ask, r.cites),
              r.status,
            ]),
          },
        ]
      : [{ kind: "paragraph", text: "No open asks.", style: "muted" }],
  });
  return sections;
}
