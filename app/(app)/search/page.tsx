import type { Metadata } from "next";
import { search } from "@/server/dal/search";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { MAX_QUERY_LENGTH, searchTerms } from "@/domain/search-query";
import { SEARCH_KINDS, type SearchKind } from "@/domain/search-query";
import { searchHitView } from "@/server/views/search-hits";
import { PageHeader, buttonClass, inputClass } from "@/app/_components/ui";
import { SearchHits } from "./search-hits";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<{ q?: string | string[]; kind?: string | string[] }> };

/** Results of each kind on the overview; "More cases" shows one kind alone, up to ONE_KIND_LIMIT. */
const OVERVIEW_PER_KIND = 5;
const ONE_KIND_LIMIT = 25;

function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === "string" && (SEARCH_KINDS as readonly string[]).includes(value);
}

const KIND_HEADINGS: Record<SearchKind, string> = {
  case: "Cases",
  person: "People",
  source: "Sources",
  ask: "Asks",
  outcome: "Outcomes",
  note: "Case notes",
  status_note: "Status change notes",
  ask_move_note: "Ask move notes",
};

export default async function SearchPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const { q: raw, kind: rawKind } = await searchParams;
  const q = (typeof raw === "string" ? raw : "").slice(0, MAX_QUERY_LENGTH);
  const only = isSearchKind(rawKind) ? rawKind : null;
  const terms = searchTerms(q);
  // One more than shown tells whether a kind has more than the overview shows.
  const perKind = only ? ONE_KIND_LIMIT : OVERVIEW_PER_KIND;
  const results = search(user, q, only ? { kinds: [only], limit: ONE_KIND_LIMIT } : { limit: OVERVIEW_PER_KIND + 1 });
  const shownKinds: readonly SearchKind[] = only ? [only] : SEARCH_KINDS;
  const total = shownKinds.reduce((sum, kind) => sum + Math.min(results[kind].length, perKind), 0);
  const searchHref = (kind?: SearchKind) => `/search?q=${encodeURIComponent(q)}${kind ? `&kind=${kind}` : ""}`;
  const writer = canWrite(user);

  return (
    <>
      <PageHeader
        title="Search"
        subtitle={
          q.trim() ? (
            <>
              {total === 0 ? "No results" : `${total} ${total === 1 ? "result" : "results"}`}
              {shownKinds.some((kind) => results[kind].length > perKind) ? " shown" : ""}
              {only ? ` among ${KIND_HEADINGS[only].toLowerCase()}` : ""} for “<bdi>{q}</bdi>”
              {only ? (
                <>
                  {" · "}
                  <a href={searchHref()} className="link">
                    All results
                  </a>
                </>
              ) : null}
            </>
          ) : (
            "Search cases, people, sources, asks and outcomes."
          )
        }
      />
      <form method="get" action="/search" role="search" aria-label="Search again" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="search-q" className="block text-sm font-medium">
            Words to find
          </label>
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} className={inputClass} />
          {only ? <input type="hidden" name="kind" value={only} /> : null}
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      {!q.trim() ? null : total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">No results.</p>
          <p className="mt-1 text-sm">
            {terms.length === 0
              ? "Type a name or some words: punctuation and symbols on their own are not searched."
              : "Nothing matches every word. Try fewer words, or the beginning of a name."}
          </p>
        </div>
      ) : (
        <div className="space-y-6">
          {shownKinds
            .filter((kind) => results[kind].length > 0)
            .map((kind) => (
              <section key={kind} aria-labelledby={`results-${kind}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <h2 id={`results-${kind}`} className="text-lg font-semibold text-slate-900">
                  {KIND_HEADINGS[kind]}{" "}
                  <span className="text-sm font-normal text-slate-600">
                    {results[kind].length > perKind || (only && results[kind].length === perKind)
                      ? "(best matches first)"
                      : `(${results[kind].length})`}
                  </span>
                </h2>
                <SearchHits hits={results[kind].slice(0, perKind).map((hit) => searchHitView(hit, writer))} />
                {!only && results[kind].length > perKind ? (
                  <p className="mt-2 text-sm">
                    <a href={searchHref(kind)} className="link">
                      More {KIND_HEADINGS[kind].toLowerCase()} matching “<bdi>{q}</bdi>”
                    </a>
                  </p>
                ) : null}
                {only && results[kind].length === perKind ? (
                  <p className="mt-2 text-sm text-slate-600">These are the best {perKind}: add words to narrow the search.</p>
                ) : null}
              </section>
            ))}
        </div>
      )}
    </>
  );
}
