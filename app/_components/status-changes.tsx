"use client";

import type { StatusChangeView } from "@/server/views/status-changes";

/**
 * A status history, latest happened first, each move with the day it happened and when it was recorded: a case's on its overview, an ask's on the asks tab.
 * Drawn from server-built rows (server/views) so the page's payload carries each change once.
 */
export function StatusChanges({
  changes,
  className = "",
  below,
}: {
  changes: StatusChangeView[];
  className?: string;
  /** Drawn under a change, by its id: the sources cited for it. */
  below?: Record<number, React.ReactNode>;
}) {
  return (
    <ol aria-label="Status history" className={className}>
      {changes.map((h) => (
        <li key={h.id} className="border-l-4 border-brand-600 pl-3">
          <p className="font-medium">{h.change}</p>
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-800">{h.happened}</span>
            {` · recorded ${h.when} · ${h.by}`}
          </p>
          {h.note ? (
            <p dir="auto" className="mt-1 text-sm text-slate-800">
              {h.noteConfidential ? (
                <span className="mr-1 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">Confidential note</span>
              ) : null}
              {h.note}
            </p>
          ) : null}
          {below?.[h.id]}
        </li>
      ))}
    </ol>
  );
}
