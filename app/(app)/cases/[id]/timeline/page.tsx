import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCase, getCaseTimeline } from "@/server/dal/cases";
import { requirePageUser } from "@/server/dal/session";
import { parseTimelineKinds, TIMELINE_KINDS, TIMELINE_KIND_LABELS } from "@/domain/timeline";
import { parseId } from "@/domain/schemas/fields";
import { buttonClass } from "@/app/_components/ui";
import { describeTimelineFact, timelineEntryViews } from "@/server/views/timeline";
import { TimelineList } from "./timeline-list";
import { TimelineMarker } from "./timeline-marker";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { shownCount } from "@/domain/show-more";

export const metadata: Metadata = { title: "Timeline" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string | string[]; show?: string | string[] }> };

/** Most recent events shown at first; "Show more" adds earlier ones. */
const TIMELINE_STEP = 20;

export default async function CaseTimelinePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const query = await searchParams;
  const kinds = parseTimelineKinds(query.kind);
  const all = getCaseTimeline(user, found.id, kinds);
  const shown = shownCount(query.show, TIMELINE_STEP);
  const items = all.slice(Math.max(0, all.length - shown));
  const earlier = new URLSearchParams(kinds.length < TIMELINE_KINDS.length ? kinds.map((k) => ["kind", k]) : []);
  earlier.set("show", String(shown + TIMELINE_STEP));

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-4 text-xl font-semibold">
        Timeline
      </h2>
      <form method="get" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">Show</legend>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
            {TIMELINE_KINDS.map((kind) => (
              <label key={kind} className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="kind" value={kind} defaultChecked={kinds.includes(kind)} className="h-4 w-4" />
                <TimelineMarker kind={kind} />
                {TIMELINE_KIND_LABELS[kind]}
              </label>
            ))}
            <button type="submit" className={buttonClass("secondary")}>
              Apply
            </button>
            {kinds.length < TIMELINE_KINDS.length ? (
              <Link href={`/cases/${found.id}/timeline`} className="text-sm text-brand-700 underline">
                Show everything
              </Link>
            ) : null}
          </div>
        </fieldset>
      </form>
      {all.length > items.length ? (
        <div className="mb-4 text-sm text-slate-600">
          <p>
            The latest {items.length} of {all.length} events.
          </p>
          <ShowMoreLink
            href={`/cases/${found.id}/timeline?${earlier}`}
            hidden={all.length - items.length}
            step={TIMELINE_STEP}
            noun="earlier events"
          />
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="text-slate-600">Nothing of these kinds has been recorded for this case yet.</p>
      ) : (
        <TimelineList entries={timelineEntryViews(items.map(describeTimelineFact))} />
      )}
    </section>
  );
}
