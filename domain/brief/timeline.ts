import type { BriefSection } from "./model";
import type { BriefContext } from "./context";
import { formatBriefDate, humanize, outcomeText, statusLabel, withCites } from "./format";

/** Key events, oldest first: arrest, sentence, status changes and outcomes. */
export function timelineSection(ctx: BriefContext): BriefSection[] {
  const { data, cite, citesOf } = ctx;
  const c = ctx.data.case;
  const sections: BriefSection[] = [];
  // Timeline of key events, oldest first.
  const events: { date: string; order: number; event: string }[] = [];
  if (c.arrestDate)
    events.push({
      date: c.arrestDate,
      order: 0,
      event: withCites(`Arrested${c.arrestPlace ? `: ${c.arrestPlace}` : ""}`, citesOf("arrest")),
    });
  if (c.sentenceDate && c.sentence)
    events.push({ date: c.sentenceDate, order: 1, event: withCites(`Sentenced: ${c.sentence}`, citesOf("sentence")) });
  data.statusChanges.forEach((s, i) => {
    const label = s.fromStatus
      ? `Status changed from ${statusLabel(s.fromStatus).toLowerCase()} to ${statusLabel(s.toStatus).toLowerCase()}`
      : `Case recorded as ${statusLabel(s.toStatus).toLowerCase()}`;
    const note = s.note ? ` ${s.note}${s.noteConfidential ? " (Confidential note.)" : ""}` : "";
    events.push({
      date: s.occurredOn,
      order: 2 + i / 1000,
      event: withCites(`${label}.${note}`, citesOf("status_change", s.id)),
    });
  });
  for (const o of data.outcomes) {
    events.push({ date: o.occurredOn, order: 3, event: withCites(`${humanize(o.type)}: ${outcomeText(o)}`, cite(o.sourceIds)) });
  }
  events.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  sections.push({
    id: "timeline",
    title: "Timeline",
    blocks: events.length
      ? [
          {
            kind: "table",
            columns: [
              { label: "Date", width: 0.18 },
              { label: "Event", width: 0.82 },
            ],
            rows: events.map((e) => [formatBriefDate(e.date), e.event]),
          },
        ]
      : [{ kind: "paragraph", text: "No events recorded.", style: "muted" }],
  });
  return sections;
}
