"use client";

import type { ReactNode } from "react";
import { Badge, buttonClass } from "@/app/_components/ui";
import { StatusChanges } from "@/app/_components/status-changes";
import { AskStatusBadge } from "./ask-status-badge";
import { CitationLine } from "../citation-line";
import { citationAnchor } from "@/domain/citation-claims";
import type { AskCardView, OutcomeCardView } from "@/server/views/ask-cards";

// Client components drawn from plain rows, not server components: the page's React payload
// then carries each ask's fields once instead of every element and class name of its card,
// and each card's links are built here from the page's address rather than sent with it
// (docs/performance.md). Nothing here is interactive.

/** The one form open in a card, drawn in place of the link that opened it. */
export interface OpenCardForm {
  subjectId: number;
  form: ReactNode;
}

interface ListProps {
  /** This page's address as it stands; a card's links add to it. */
  pageHref: string;
  /** Whether the reader may cite sources (a writer whose case it is to change). */
  writable: boolean;
  /** The citation editor, when one of this list's is open. */
  citing: OpenCardForm | null;
}

function citeHref(pageHref: string, claim: "ask" | "outcome", id: number) {
  return `${pageHref}&cite=${claim}:${id}#${citationAnchor(claim, id)}`;
}

export function AskCards({
  asks,
  caseId,
  moving,
  pageHref,
  writable,
  citing,
}: ListProps & {
  asks: AskCardView[];
  caseId: number;
  /** The status form, when one ask's is open. */
  moving: OpenCardForm | null;
}) {
  return (
    <ul className="space-y-4" aria-label="Asks">
      {asks.map((ask) => (
        <li key={ask.id}>
          <article aria-labelledby={`ask-${ask.id}-title`} className="record-card">
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
            <p dir="auto" className="record-card-text">
              {ask.text}
            </p>
            <CitationLine
              claim="ask"
              subjectId={ask.id}
              label="this ask"
              cited={ask.cited}
              listed
              openHref={writable ? citeHref(pageHref, "ask", ask.id) : null}
            >
              {citing?.subjectId === ask.id ? citing.form : null}
            </CitationLine>
            <dl className="record-card-facts">
              <div>
                <dt>Channel:</dt>
                <dd>{ask.channel}</dd>
              </div>
              <div>
                <dt>Date made:</dt>
                <dd>{ask.madeOn}</dd>
              </div>
              <div>
                <dt>Follow-up:</dt>
                <dd className={ask.overdue ? "font-semibold text-red-700" : undefined}>
                  {ask.overdue ? `${ask.followUpOn} (Overdue)` : ask.followUpOn}
                </dd>
              </div>
              <div>
                <dt>Owner:</dt>
                <dd>{ask.ownerName}</dd>
              </div>
            </dl>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{`Status history (${ask.history.length})`}</summary>
              <StatusChanges className="mt-2 space-y-2" changes={ask.history} />
            </details>
            {moving?.subjectId === ask.id ? (
              moving.form
            ) : ask.movable ? (
              <a href={`${pageHref}&move=${ask.id}#ask-${ask.id}-title`} className={`${buttonClass("secondary")} mt-3`}>
                Move status…
              </a>
            ) : null}
            {ask.editable ? (
              <p className="mt-2 text-sm">
                <a href={`/cases/${caseId}/asks/${ask.id}/edit`} className="link">
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

export function OutcomeCards({ outcomes, pageHref, writable, citing }: ListProps & { outcomes: OutcomeCardView[] }) {
  return (
    <ul className="space-y-4" aria-label="Outcomes">
      {outcomes.map((o) => (
        <li key={o.id} className="record-card">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={o.isRelease ? "green" : "teal"}>{o.type}</Badge>
            {o.confidential ? <Badge tone="red">Confidential</Badge> : null}
            <span className="text-sm text-slate-600">{o.occurredOn}</span>
          </p>
          <p dir="auto" className="record-card-text">
            {o.description}
          </p>
          {o.inAnswerTo ? <p className="mt-1 text-sm text-slate-600">{`In answer to: ${o.inAnswerTo}`}</p> : null}
          {/* The card lists its sources under "Reported by"; the line is for writers, to change them. */}
          {writable ? (
            <CitationLine
              claim="outcome"
              subjectId={o.id}
              label="this outcome"
              cited={o.cited}
              listed={false}
              openHref={citeHref(pageHref, "outcome", o.id)}
            >
              {citing?.subjectId === o.id ? citing.form : null}
            </CitationLine>
          ) : null}
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
