"use client";

import { PersonName } from "@/app/_components/person-name";
import { Badge } from "@/app/_components/ui";
import type { OfficialAskView } from "@/server/views/official-asks";

// Drawn from server-built rows in a client component so the page's React payload carries
// each ask's fields once, not every element of its card (README "Performance").
export function OfficialAsks({ asks }: { asks: OfficialAskView[] }) {
  return (
    <ol aria-label="Asks" className="space-y-3">
      {asks.map((a) => (
        <li key={a.id}>
          <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="font-semibold">
                <a href={`/cases/${a.caseId}`} className="text-brand-700 underline">
                  <bdi>
                    <PersonName personName={a.casePersonName} nativeName={a.caseNativeName} />
                  </bdi>
                </a>
                <span className="font-normal text-slate-600">{` · ${a.caseTitle}`}</span>
              </p>
              <Badge tone="blue">{a.status}</Badge>
            </div>
            <p dir="auto" className="mt-2 whitespace-pre-line text-slate-900">
              <bdi>{a.text}</bdi>
            </p>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="inline font-medium text-slate-600">Office then: </dt>
                <dd className="inline">{a.officeThen}</dd>
              </div>
              <div>
                <dt className="inline font-medium text-slate-600">Channel: </dt>
                <dd className="inline">{a.channel}</dd>
              </div>
              <div>
                <dt className="inline font-medium text-slate-600">Made on: </dt>
                <dd className="inline">{a.madeOn}</dd>
              </div>
              <div>
                <dt className="inline font-medium text-slate-600">Follow up: </dt>
                <dd className="inline">{a.followUpOn}</dd>
              </div>
            </dl>
            <div className="mt-3 border-t border-slate-100 pt-3">
              <h3 className="text-sm font-semibold text-slate-800">Outcomes</h3>
              {a.outcomes.length === 0 ? (
                <p className="text-sm text-slate-600">No outcome recorded yet.</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {a.outcomes.map((o) => (
                    <li key={o.id}>
                      <span className="font-medium">{o.date}</span>
                      {` · ${o.summary}`}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
