"use client";

import type { TimelineEntryView } from "@/server/views/timeline";
import { TimelineMarker } from "./timeline-marker";

// Drawn from server-built rows in a client component so the page's React payload carries
// each entry's fields once, not every element and marker of it (README "Performance").
export function TimelineList({ entries }: { entries: TimelineEntryView[] }) {
  return (
    <ol aria-label="Case timeline" className="relative">
      {entries.map((entry) => (
        <li key={entry.key} data-kind={entry.kind} data-date={entry.day} className="timeline-item">
          {entry.yearHeading ? (
            <p className="timeline-year first:mt-0" aria-hidden="true">
              {entry.yearHeading}
            </p>
          ) : null}
          <time dateTime={entry.day} className="timeline-date">
            {entry.date}
          </time>
          <div className="timeline-rail">
            <TimelineMarker kind={entry.kind} className="timeline-marker" />
          </div>
          <div className="timeline-card">
            <p className="timeline-kind">{entry.kindLabel}</p>
            <p className="font-medium text-slate-900">
              {entry.href ? (
                <a href={entry.href} className="hover:underline">
                  {entry.title}
                </a>
              ) : (
                entry.title
              )}
            </p>
            {entry.detail ? (
              <p dir="auto" className="mt-1 whitespace-pre-line text-sm text-slate-700">
                {entry.detail}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
