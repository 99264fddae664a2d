import { dayOf, TIMELINE_KIND_LABELS, type TimelineItem, type TimelineKind } from "@/domain/timeline";
import { formatDate } from "@/domain/format-date";

/**
 * A timeline entry as the timeline tab shows it, built on the server and drawn by a client
 * component (app/(app)/cases/[id]/timeline/timeline-list.tsx); only what is shown is here.
 */
export interface TimelineEntryView {
  key: string;
  kind: TimelineKind;
  kindLabel: string;
  /** YYYY-MM-DD, for the <time> element and for tests. */
  day: string;
  date: string;
  /** The year, on the first entry of each year (entries are oldest first). */
  yearHeading: string | null;
  title: string;
  href: string | null;
  detail: string | null;
}

export function timelineEntryViews(items: readonly TimelineItem[]): TimelineEntryView[] {
  return items.map((item, index) => {
    const day = dayOf(item.at);
    const previous = items[index - 1];
    const newYear = !previous || dayOf(previous.at).slice(0, 4) !== day.slice(0, 4);
    return {
      key: `${item.kind}-${item.id}`,
      kind: item.kind,
      kindLabel: TIMELINE_KIND_LABELS[item.kind],
      day,
      date: formatDate(day),
      yearHeading: newYear ? day.slice(0, 4) : null,
      title: item.title,
      href: item.href ?? null,
      detail: item.detail || null,
    };
  });
}
