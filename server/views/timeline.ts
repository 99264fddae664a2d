import { dayOf, TIMELINE_KIND_LABELS, type TimelineFact, type TimelineItem, type TimelineKind } from "@/domain/timeline";
import { formatDate } from "@/domain/format-date";
import { CASE_STATUS_LABELS, isCaseStatus } from "@/domain/case-status";
import { ASK_STATUS_LABELS } from "@/domain/ask-status";
import { ASK_CHANNEL_LABELS } from "@/domain/schemas/ask";
import { OUTCOME_TYPE_LABELS } from "@/domain/schemas/outcome";
import { sourceTypeLabel } from "@/domain/schemas/source";

const LABELS: Record<string, string> = { ...ASK_STATUS_LABELS, ...ASK_CHANNEL_LABELS, ...OUTCOME_TYPE_LABELS };

function label(value: string | null): string {
  if (!value) return "";
  if (isCaseStatus(value)) return CASE_STATUS_LABELS[value];
  if (LABELS[value]) return LABELS[value];
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A move's note, and the day it was typed in when that is not the day it happened. */
function withRecorded(note: string, at: string, recordedAt: string | undefined): string | undefined {
  const recorded = recordedAt && dayOf(recordedAt) !== dayOf(at) ? `recorded ${formatDate(recordedAt)}` : "";
  return [note, recorded].filter(Boolean).join(" · ") || undefined;
}

/** A timeline fact in words: its title, detail line and, for asks, a link to the official. */
export function describeTimelineFact(fact: TimelineFact): TimelineItem {
  const { kind, at, id } = fact;
  switch (fact.kind) {
    case "detention":
      return fact.event === "arrested"
        ? { kind, at, id, title: "Arrested", detail: fact.place || undefined }
        : { kind, at, id, title: "Sentenced", detail: fact.sentence || undefined };
    case "status":
      return {
        kind,
        at,
        id,
        title: fact.fromStatus ? `Status: ${label(fact.fromStatus)} → ${label(fact.toStatus)}` : `Case opened as ${label(fact.toStatus)}`,
        detail: withRecorded(fact.note, at, fact.recordedAt),
      };
    case "source":
      return { kind, at, id, title: fact.title, detail: [sourceTypeLabel(fact.type), fact.outlet].filter(Boolean).join(" · ") };
    case "ask":
      return {
        kind,
        at,
        id,
        title: `Ask to ${fact.officialName}${fact.officeAtTime ? ` (${fact.officeAtTime})` : ""}`,
        detail: `${fact.text} · ${label(fact.channel)}`,
        href: `/people/${fact.officialId}`,
      };
    case "ask_move":
      return {
        kind,
        at,
        id,
        title: `Ask to ${fact.officialName}: ${label(fact.fromStatus)} → ${label(fact.toStatus)}`,
        detail: withRecorded(fact.note, at, fact.recordedAt),
      };
    case "outcome":
      return { kind, at, id, title: label(fact.type), detail: fact.description };
  }
}

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
