import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { askTable } from "./ask-table";
import { fitColumns } from "./columns";
import { formatBriefDate, withCites } from "./format";

/**
 * Every ask made, then the open asks and their follow-ups. A meeting brief has already
 * told the official's own asks (`shown`), so it leaves them out here and lists each of
 * the others once: the answered ones in the history, the open ones with their follow-ups.
 */
export function advocacySections(ctx: BriefContext, shown: ReadonlySet<number> | null = null): BriefSection[] {
  const forMeeting = shown !== null;
  const openIds = new Set(ctx.openAsks.map((r) => r.askId));
  const askRows = ctx.askRows.filter((r) => !shown || (!shown.has(r.askId) && !openIds.has(r.askId)));
  const openAsks = ctx.openAsks.filter((r) => !shown?.has(r.askId));
  const sections: BriefSection[] = [];
  // A meeting brief is kept short: a section with nothing beyond the official's own asks is left out.
  if (!forMeeting || askRows.length)
    sections.push({
      id: "advocacy",
      title: "Advocacy history",
      blocks: askRows.length
        ? [askTable(askRows, true)]
        : [
            {
              kind: "paragraph",
              text: "No asks recorded yet.",
              style: "muted",
            },
          ],
    });

  const columns = [
    { label: "Follow up by" },
    { label: "Official" },
    { label: "Ask" },
    { label: forMeeting ? "Status / response" : "Status" },
  ];
  const rows = openAsks.map((r) => [
    r.followUpOn ? `${formatBriefDate(r.followUpOn)}${r.overdue ? " (overdue)" : ""}` : "Not set",
    r.office && r.office !== "—" ? `${r.official}, ${r.office}` : r.official,
    withCites(r.ask, r.cites),
    forMeeting ? `${r.status}. ${r.response}` : r.status,
  ]);
  if (!forMeeting || openAsks.length)
    sections.push({
      id: "open-asks",
      title: "Open asks and follow-ups",
      blocks: openAsks.length
        ? [
            {
              kind: "table",
              columns: fitColumns(
                columns.map((c) => ({ ...c, width: 1 })),
                rows,
              ),
              rows,
            },
          ]
        : [{ kind: "paragraph", text: "No open asks.", style: "muted" }],
    });
  return sections;
}
