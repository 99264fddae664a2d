import { Badge } from "@/app/_components/ui";
import type { SourceView } from "@/server/views/sources";

// Drawn from a server-built view (server/views/sources.ts) inside the client list SourceCards,
// so a page's React payload carries each source's fields once, not every element of its
// card (README "Performance").

/** One source as every list shows it. The address is a link only when it is http(s). */
export function SourceDetails({
  source,
  cases,
  actions,
}: {
  source: SourceView;
  cases?: { id: number; personName: string }[];
  actions?: React.ReactNode;
}) {
  const link = source.link;
  return (
    <article aria-label={source.title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold text-slate-900">
            <bdi>{source.title}</bdi>
          </h3>
          <p className="text-sm text-slate-600">{source.byline}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {source.confidential ? <Badge tone="red">Confidential</Badge> : null}
          <Badge tone="blue">{source.typeLabel}</Badge>
          {actions}
        </div>
      </div>
      {source.excerpt ? (
        <blockquote dir="auto" className="mt-3 whitespace-pre-line border-l-4 border-slate-300 pl-3 text-sm text-slate-800">
          <bdi>{source.excerpt}</bdi>
        </blockquote>
      ) : null}
      {source.notes ? <p dir="auto" className="mt-2 whitespace-pre-line text-sm text-slate-700">{`Notes: ${source.notes}`}</p> : null}
      {link ? (
        <p className="mt-2 text-sm">
          {/* noreferrer: the outlet must not learn which Vigil page (and case) the reader came from. */}
          <a href={link} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">
            {link}
          </a>
        </p>
      ) : null}
      {cases ? (
        <p className="mt-2 text-sm text-slate-700">
          {cases.length === 0 ? (
            "Not linked to any case."
          ) : (
            <>
              Cases:{" "}
              {cases.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ", " : null}
                  <a href={`/cases/${c.id}/sources`} className="text-brand-700 underline">
                    <bdi>{c.personName}</bdi>
                  </a>
                </span>
              ))}
            </>
          )}
        </p>
      ) : null}
    </article>
  );
}
