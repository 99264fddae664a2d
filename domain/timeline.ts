/**
 * The story of a case in one chronological list: detention events, status changes,
 * sources (by published date), asks and their moves, and outcomes.
 *
 * Items are ordered by calendar day, oldest first. Within one day the order follows
 * how events usually unfold: what happened to the person, then the reports of it,
 * then the campaign's asks and their answers, then outcomes, and last the status
 * change the team recorded in response. Ties keep their time of day, then the order
 * they were recorded in. Status changes and ask moves stand on the day they happened,
 * which can be long before the day someone typed them in (`recordedAt`).
 */
export const TIMELINE_KINDS = ["detention", "source", "ask", "ask_move", "outcome", "status"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  detention: "Detention",
  source: "Source",
  ask: "Ask",
  ask_move: "Ask update",
  outcome: "Outcome",
  status: "Status change",
};

/** What places an item on the timeline: its kind, when it happened, and its id. */
export interface TimelinePlace {
  kind: TimelineKind;
  /** YYYY-MM-DD, or a full ISO timestamp when the time of day is known. */
  at: string;
  /** Distinguishes items of one kind; also the last tie-breaker. */
  id: number;
  /** When a dated move was typed in (ISO timestamp): orders moves of one day as recorded. */
  recordedAt?: string;
}

/**
 * What happened, as stored: ids, names, statuses and dates. The words and links the
 * timeline shows for it are built from these (server/views/timeline.ts).
 */
export type TimelineFact =
  | (TimelinePlace & { kind: "detention"; event: "arrested"; place: string })
  | (TimelinePlace & { kind: "detention"; event: "sentenced"; sentence: string })
  | (TimelinePlace & { kind: "status"; fromStatus: string | null; toStatus: string; note: string })
  | (TimelinePlace & { kind: "source"; title: string; type: string; outlet: string })
  | (TimelinePlace & {
      kind: "ask";
      officialId: number;
      officialName: string;
      officeAtTime: string;
      text: string;
      channel: string;
    })
  | (TimelinePlace & { kind: "ask_move"; askId: number; officialName: string; fromStatus: string; toStatus: string; note: string })
  | (TimelinePlace & { kind: "outcome"; type: string; description: string });

/** A timeline entry in words, as the timeline shows it. */
export interface TimelineItem extends TimelinePlace {
  title: string;
  detail?: string;
  href?: string;
}

const KIND_RANK: Record<TimelineKind, number> = Object.fromEntries(TIMELINE_KINDS.map((k, i) => [k, i])) as Record<TimelineKind, number>;

export function dayOf(at: string): string {
  return at.slice(0, 10);
}

function compareTimelineItems(a: TimelinePlace, b: TimelinePlace): number {
  return (
    dayOf(a.at).localeCompare(dayOf(b.at)) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.at.localeCompare(b.at) ||
    (a.recordedAt ?? "").localeCompare(b.recordedAt ?? "") ||
    a.id - b.id
  );
}

/** Merges items from every source into one ordered timeline, keeping only the kinds asked for. */
export function mergeTimeline<T extends TimelinePlace>(items: Iterable<T>, kinds: readonly TimelineKind[] = TIMELINE_KINDS): T[] {
  const wanted = new Set(kinds);
  return [...items].filter((item) => wanted.has(item.kind)).sort(compareTimelineItems);
}

/** Reads the kinds filter from a URL value such as "source,ask"; unknown words are ignored. */
export function parseTimelineKinds(raw: string | string[] | undefined): TimelineKind[] {
  const words = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(","));
  const kinds = TIMELINE_KINDS.filter((k) => words.includes(k));
  return kinds.length > 0 ? kinds : [...TIMELINE_KINDS];
}
