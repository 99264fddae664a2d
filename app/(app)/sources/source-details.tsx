import type { Source } from "@/db/schema";
import { isWebUrl } from "@/lib/domain/url";
import { sourceTypeLabel } from "@/lib/validation/source";
import { Badge, formatDate } from "@/app/_components/ui";

/** One source as every list shows it. The address is a link only when it is http(s). */
export function SourceDetails({
  source,
  cases,
  actions,
}: {
  source: Source;
  cases?: { id: number; personName: string }[];
  actions?: React.ReactNode;
}) {
  const link = isWebUrl(source.url) ? source.url : null;
  return (
    <article aria-label={source.title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold text-slate-900">
            <bdi>{source.title}</bdi>
          </h3>
          <p className="text-sm text-slate-600">
            {[source.outlet || null, source.publishedOn ? formatDate(source.publishedOn) : "Date not known"].filter(Boolean).join(" · ")}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {source.confidential ? <Badge tone="red">Confidential</Badge> : null}
          <Badge tone="blue">{sourceTypeLabel(source.type)}</Badge>
          {actions}
        </div>
      </div>
      {source.excerpt ? (
        <blockquote className="mt-3 whitespace-pre-line border-l-4 border-slate-300 pl-3 text-sm text-slate-800">
          <bdi>{source.excerpt}</bdi>
        </blockquote>
      ) : null}
      {source.notes ? <p className="mt-2 whitespace-pre-line text-sm text-slate-700">Notes: {source.notes}</p> : null}
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

/** Where the edit page may send the editor back to: only Vigil's own source lists. */
export function safeReturnTo(raw: unknown): string {
  return typeof raw === "string" && /^\/(sources|cases\/[1-9]\d{0,15}\/sources)$/.test(raw) ? raw : "/sources";
}

/** A plain link: lists show dozens of sources, and a prefetching Link each would cost a request. */
export function EditSourceLink({ sourceId, title, returnTo }: { sourceId: number; title: string; returnTo: string }) {
  return (
    <a
      href={`/sources/${sourceId}/edit?from=${encodeURIComponent(returnTo)}`}
      className="rounded border border-slate-300 px-2 py-0.5 text-xs font-semibold text-slate-700 hover:bg-slate-100"
    >
      Edit<span className="sr-only"> {title}</span>
    </a>
  );
}
