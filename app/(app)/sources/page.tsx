import type { Metadata } from "next";
import { listSources } from "@/server/dal/sources";
import { requirePageUser } from "@/server/dal/session";
import { PageHeader, buttonClass, inputClass } from "@/app/_components/ui";
import { canWrite } from "@/domain/permissions";
import { SourceCards } from "./source-cards";
import { sourceView } from "@/server/views/sources";

export const metadata: Metadata = { title: "Sources" };

const SOURCES_PAGE_LIMIT = 200;

type Props = { searchParams: Promise<{ q?: string }> };

export default async function SourcesPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.slice(0, 200) : "";
  const rows = listSources(user, { q, limit: SOURCES_PAGE_LIMIT });
  const writable = canWrite(user);

  return (
    <>
      <PageHeader
        title="Sources"
        subtitle={`${rows.length} ${rows.length === 1 ? "source" : "sources"}${q ? ` matching “${q}”` : ""} · add a source from a case’s Sources tab`}
      />
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Search sources">
        <div>
          <label htmlFor="sources-q" className="block text-sm font-medium">
            Title or outlet
          </label>
          <input id="sources-q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {q ? "No source matches this search." : "No sources yet."}
        </p>
      ) : (
        <>
          {rows.length >= SOURCES_PAGE_LIMIT ? (
            <p className="mb-3 text-sm text-slate-600">Showing the {SOURCES_PAGE_LIMIT} newest sources; search to find older ones.</p>
          ) : null}
          <SourceCards
            label="All sources"
            sources={rows.map((s) => ({ ...sourceView(s), cases: s.cases }))}
            editable={writable}
            returnTo="/sources"
          />
        </>
      )}
    </>
  );
}
