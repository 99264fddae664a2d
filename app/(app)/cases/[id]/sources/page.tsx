import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase, getCaseRecordCounts } from "@/server/dal/cases";
import { listCaseSources, listLinkableSources } from "@/server/dal/sources";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { Card } from "@/app/_components/ui";
import { SourceCards } from "@/app/(app)/sources/source-cards";
import { sourceView } from "@/server/views/sources";
import { SourceForm } from "@/app/(app)/sources/source-form";
import { LinkSourceForm } from "./link-source-form";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { FormOnRequest } from "@/app/_components/form-on-request";
import { shownCount } from "@/domain/show-more";

export const metadata: Metadata = { title: "Sources" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ find?: string | string[]; show?: string | string[]; form?: string | string[] }>;
};

const SOURCES_STEP = 10;

export default async function CaseSourcesPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const writable = canChangeCase(user, found);
  const { find, show, form } = await searchParams;
  const shown = shownCount(show, SOURCES_STEP);
  // Only the sources shown are read; the count (of those this reader may see) says how many more.
  const total = getCaseRecordCounts(user, found.id).sources;
  const list = listCaseSources(user, found.id, { limit: shown });
  const search = typeof find === "string" ? find.slice(0, 200) : "";
  // "Add a source…" opens its form through the address (see FormOnRequest).
  const adding = writable && form === "source";
  const href = ({ count = shown, add = adding }: { count?: number; add?: boolean }) =>
    `/cases/${found.id}/sources?show=${count}${add ? "&form=source" : ""}${search ? `&find=${encodeURIComponent(search)}` : ""}`;
  const linkable = writable ? listLinkableSources(user, found.id, search) : [];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="sources-heading" className="space-y-3 lg:col-span-2">
        <h2 id="sources-heading" className="text-lg font-semibold text-slate-900">
          Sources <span className="font-normal text-slate-600">({total})</span>
        </h2>
        <p className="text-sm text-slate-600">Newest first by date published.</p>
        {list.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            No sources for this case yet.
          </p>
        ) : (
          <SourceCards
            label="Sources of this case"
            sources={list.map(sourceView)}
            editable={writable}
            returnTo={`/cases/${found.id}/sources`}
            unlinkFromCaseId={found.id}
          />
        )}
        <ShowMoreLink href={href({ count: shown + SOURCES_STEP })} hidden={total - list.length} step={SOURCES_STEP} noun="sources" />
      </section>
      {writable ? (
        <div className="space-y-6">
          <Card title="Add a source">
            <FormOnRequest
              open={adding}
              label="Add a source…"
              openHref={href({ add: true })}
              closeHref={href({ add: false })}
              render={() => <SourceForm mode="add" caseId={found.id} />}
            />
          </Card>
          <Card title="Link a source already in Vigil">
            <LinkSourceForm caseId={found.id} sources={linkable} search={search} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
