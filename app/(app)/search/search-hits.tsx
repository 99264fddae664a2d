"use client";

import { splitSnippet } from "@/domain/search-query";
import type { SearchHitView } from "@/server/views/search-hits";

// Drawn from server-built rows in a client component so the page's React payload carries
// each result's fields once, not every element of it (README "Performance").

/** The snippet with the matched words in <mark>: the text is rendered as text, never as HTML. */
function Snippet({ snippet }: { snippet: string }) {
  const parts = splitSnippet(snippet);
  if (parts.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-700" dir="auto">
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one highlighted string never reorder
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

export function SearchHits({ hits }: { hits: SearchHitView[] }) {
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {hits.map((hit) => (
        <li key={hit.key} className="py-3">
          {/* Plain links: dozens of prefetching Links would each cost the server a request. */}
          <a href={hit.href} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            <bdi>{hit.title}</bdi>
          </a>
          {hit.context ? (
            <span className="ml-2 text-sm text-slate-600">
              <bdi>{hit.context}</bdi>
            </span>
          ) : null}
          <Snippet snippet={hit.snippet} />
        </li>
      ))}
    </ul>
  );
}
