import type { BriefSection, CaseBrief } from "./model";
import type { BriefContext } from "./context";
import { askTable } from "./ask-table";
import { formatBriefDate, withCites } from "./format";

/** For a meeting with an official: their history on this case, then what to raise now. */
export function meetingSections(ctx: BriefContext, officialId: number | null): { meeting: CaseBrief["meeting"]; sections: BriefSection[] } {
  const { officials, askIdsWhere, askRows, openAsks } = ctx;
  const sections: BriefSection[] = [];
  let meeting: CaseBrief["meeting"] = null;
  if (officialId !== null) {
    const official = officials.get(officialId);
    const name = official?.name ?? "the official";
    const office = official?.office ?? "";
    const pastAskIds = askIdsWhere((a) => a.officialId === officialId);
    const past = askRows.filter((r) => pastAskIds.has(r.askId));
    const toRaise = openAsks.filter((r) => past.includes(r));
    meeting = { officialName: name, office, pastAsks: past, openAsks: toRaise };
    sections.push({
      id: "meeting-history",
      title: `Asks to ${name} on this case`,
      blocks: past.length
        ? [askTable(past, false)]
        : [{ kind: "paragraph", text: `No asks have been put to ${name} on this case yet.`, style: "muted" }],
    });
    sections.push({
      id: "this-meeting",
      title: "This meeting",
      blocks: toRaise.length
        ? [
            {
              kind: "paragraph",
              text: `Open asks addressed to ${name}${office ? ` (${office})` : ""}, to raise and follow up:`,
            },
            {
              kind: "list",
              marker: "number",
              items: toRaise.map((r) =>
                withCites(
                  `${r.ask} — asked ${r.date} by ${r.channel.toLowerCase()}; status: ${r.status.toLowerCase()}` +
                    (r.followUpOn ? `; follow up by ${formatBriefDate(r.followUpOn)}${r.overdue ? " (overdue)" : ""}` : "") +
                    ".",
                  r.cites,
                ),
              ),
            },
          ]
        : [
            {
              kind: "paragraph",
              text: `No open asks are addressed to ${name}. Agree before the meeting what to ask for, and record it as an ask.`,
              style: "muted",
            },
          ],
    });
  }
  return { meeting, sections };
}
