import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCase, getCaseTimeline } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/session";
import { dayOf, parseTimelineKinds, TIMELINE_KINDS, TIMELINE_KIND_LABELS } from "@/lib/domain/timeline";
import { parseId } from "@/lib/validation/fields";
import { buttonClass, formatDate } from "@/app/_components/ui";
import { TimelineMarker } from "./timeline-marker";

export const metadata: Metadata = { title: "Timeline" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string | string[] }> };

export default async function CaseTimelinePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const kinds = parseTimelineKinds((await searchParams).kind);
  const items = getCaseTimeline(user, found.id, kinds);

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
      {items.length === 0 ? (
        <p className="text-slate-600">Nothing of these kinds has been recorded for this case yet.</p>
      ) : (
        <ol aria-label="Case timeline" className="relative">
          {items.map((item, index) => {
            const day = dayOf(item.at);
            const showYear = index === 0 || dayOf(items[index - 1].at).slice(0, 4) !== day.slice(0, 4);
            return (
              <li key={`${item.kind}-${item.id}`} data-kind={item.kind} data-date={day} className="grid grid-cols-[7.5rem_2rem_1fr] gap-x-3">
                {showYear ? (
                  <p className="col-span-3 mb-2 mt-4 text-sm font-bold uppercase tracking-wide text-slate-500 first:mt-0" aria-hidden="true">
                    {day.slice(0, 4)}
                  </p>
                ) : null}
                <time dateTime={day} className="pt-3 text-right text-sm font-medium tabular-nums text-slate-700">
                  {formatDate(day)}
                </time>
                <div className="relative flex justify-center">
                  <span className="absolute inset-y-0 w-0.5 bg-slate-200" aria-hidden="true" />
                  <span className="relative mt-3 rounded-full bg-slate-50 p-0.5">
                    <TimelineMarker kind={item.kind} />
                  </span>
                </div>
                <div className="mb-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{TIMELINE_KIND_LABELS[item.kind]}</p>
                  <p className="font-medium text-slate-900">
                    {item.href ? (
                      <Link href={item.href} className="hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                  </p>
                  {item.detail ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{item.detail}</p> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
