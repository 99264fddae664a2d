"use client";

import { PersonName } from "@/app/_components/person-name";
import { StatusBadge } from "@/app/_components/status-badge";
import { AskStatusBadge } from "./cases/[id]/asks/ask-status-badge";
import type { AwaitingView, FollowUpView, RecentCaseView } from "@/server/views/dashboard-lists";

// Drawn from server-built rows in client components so the page's React payload carries
// each row's fields once, not every element and class of it (README "Performance").

export function FollowUpList({ followUps }: { followUps: FollowUpView[] }) {
  return (
    <ul aria-label="My follow-ups" className="divide-y divide-slate-100">
      {followUps.map((a) => (
        <li key={a.id} className={`py-2 ${a.overdue ? "border-l-4 border-red-600 pl-3" : ""}`}>
          <p className="flex flex-wrap items-center gap-2">
            {a.overdue ? (
              <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold uppercase text-white">Overdue</span>
            ) : a.dueToday ? (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-bold text-amber-900">Due today</span>
            ) : null}
            <span
              className={a.overdue ? "font-semibold text-red-700" : "text-slate-700"}
            >{`Follow up ${a.overdue ? "was due" : "by"} ${a.due}`}</span>
          </p>
          <p>
            <a href={a.caseHref} className="font-medium text-brand-700 hover:underline">
              <bdi>
                <PersonName personName={a.personName} nativeName={a.nativeName} />
              </bdi>
            </a>
            {" · "}
            <bdi>{a.officialName}</bdi>
            {` · ${a.channel} `}
            <AskStatusBadge status={a.status} />
          </p>
          <p className="text-sm text-slate-700">{a.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function AwaitingList({ asks }: { asks: AwaitingView[] }) {
  return (
    <ol aria-label="Awaiting a response the longest" className="divide-y divide-slate-100">
      {asks.map((a) => (
        <li key={a.id} className="flex items-start justify-between gap-3 py-2">
          <div>
            <p>
              <a href={a.caseHref} className="font-medium text-brand-700 hover:underline">
                <bdi>
                  <PersonName personName={a.personName} nativeName={a.nativeName} />
                </bdi>
              </a>
              {" · "}
              <bdi>{a.officialName}</bdi> <AskStatusBadge status={a.status} />
            </p>
            <p className="text-sm text-slate-700">{a.text}</p>
            <p className="text-xs text-slate-600">{`Made ${a.madeOn}`}</p>
          </div>
          <p className="shrink-0 text-right text-sm font-semibold tabular-nums">
            {a.waiting}
            <span className="block text-xs font-normal text-slate-600">waiting</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

export function RecentCaseList({ cases }: { cases: RecentCaseView[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {cases.map((c) => (
        <li key={c.id} className="flex items-center justify-between gap-3 py-2">
          <a href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
            <bdi>
              <PersonName personName={c.personName} nativeName={c.nativeName} />
            </bdi>
          </a>
          <span className="flex items-center gap-3 text-sm text-slate-600">
            <StatusBadge status={c.status} /> {c.updatedOn}
          </span>
        </li>
      ))}
    </ul>
  );
}
