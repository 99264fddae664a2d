"use client";

import type { ReactNode } from "react";
import { Badge, buttonClass } from "@/app/_components/ui";
import { StatusChanges } from "@/app/_components/status-changes";
import { AskStatusBadge } from "./ask-status-badge";
import type { AskCardView, OutcomeCardView } from "@/server/views/ask-cards";

// Client components drawn from plain rows, not server components: the page's React payload
// then carries each ask's fields once instead of every element and class name of its card,
// which made this tab the slowest page (README "Performance"). Nothing here is interactive.

export function AskCards({
  asks,
  moving,
  cited,
}: {
  asks: AskCardView[];
  moving: { askId: number; form: ReactNode } | null;
  /** The sources cited for each ask, by its id. */
  cited: Record<number, ReactNode>;
}) {
  return (
    <ul className="space-y-4" aria-label="Asks">
      {asks.map((ask) => (
        <li key={ask.id}>
          <article aria-labelledby={`ask-${ask.id}-title`} className="rounded-md border border-slate-200 p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 id={`ask-${ask.id}-title`} className="font-semibold text-slate-900">
                <bdi>{ask.officialName}</bdi>
                {ask.officeAtTime ? <span className="font-normal text-slate-600">{`, ${ask.officeAtTime} (at the time)`}</span> : null}
              </h3>
              <span className="flex flex-wrap gap-2">
                {ask.confidential ? <Badge tone="red">Confidential</Badge> : null}
                <AskStatusBadge status={ask.status} />
              </span>
            </div>
            <p dir="auto" className="mt-2 whitespace-pre-line text-slate-800">
              {ask.text}
            </p>
            {cited[ask.id]}
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              <div className="flex gap-2">
                <dt className="text-slate-600">Channel:</dt>
                <dd>{ask.channel}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-slate-600">Date made:</dt>
                <dd>{ask.madeOn}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-slate-600">Follow-up:</dt>
                <dd className={ask.overdue ? "font-semibold text-red-700" : undefined}>
                  {ask.overdue ? `${ask.followUpOn} (Overdue)` : ask.followUpOn}
                </dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-slate-600">Owner:</dt>
                <dd>{ask.ownerName}</dd>
              </div>
            </dl>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{`Status history (${ask.history.length})`}</summary>
              <StatusChanges className="mt-2 space-y-2" changes={ask.history} />
            </details>
            {moving?.askId === ask.id ? (
              moving.form
            ) : ask.moveHref ? (
              <a href={ask.moveHref} className={`${buttonClass("secondary")} mt-3`}>
                Move status…
              </a>
            ) : null}
            {ask.editHref ? (
              <p className="mt-2 text-sm">
                <a href={ask.editHref} className="font-medium text-brand-700 underline">
                  Edit ask<span className="sr-only">{` to ${ask.officialName}`}</span>
                </a>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}

export function OutcomeCards({ outcomes, cited }: { outcomes: OutcomeCardView[]; cited: Record<number, ReactNode> }) {
  return (
    <ul className="space-y-4" aria-label="Outcomes">
      {outcomes.map((o) => (
        <li key={o.id} className="rounded-md border border-slate-200 p-4">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={o.isRelease ? "green" : "teal"}>{o.type}</Badge>
            {o.confidential ? <Badge tone="red">Confidential</Badge> : null}
            <span className="text-sm text-slate-600">{o.occurredOn}</span>
          </p>
          <p dir="auto" className="mt-2 whitespace-pre-line text-slate-800">
            {o.description}
          </p>
          {o.inAnswerTo ? <p className="mt-1 text-sm text-slate-600">{`In answer to: ${o.inAnswerTo}`}</p> : null}
          {cited[o.id]}
          {o.sources.length > 0 ? (
            <div className="mt-2 text-sm">
              <p className="text-slate-600">Reported by:</p>
              <ul className="list-disc pl-5">
                {o.sources.map((s) => (
                  <li key={s.id}>
                    {s.url ? (
                      <a href={s.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 underline">
                        <bdi>{s.title}</bdi>
                      </a>
                    ) : (
                      <bdi>{s.title}</bdi>
                    )}
                    {s.outlet ? ` · ${s.outlet}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
