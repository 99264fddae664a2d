import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPerson, listAsksToOfficial, OFFICIAL_ASKS_PAGE_SIZE } from "@/server/dal/people";
import { PageLinks } from "@/app/_components/page-links";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { PERSON_KIND_LABELS } from "@/domain/schemas/person";
import { Badge, ButtonLink, Card, PageHeader } from "@/app/_components/ui";
import { officialAskView } from "@/server/views/official-asks";
import { OfficialAsks } from "./official-asks";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getPerson(user, id) : null;
  return { title: found ? found.name : "Person not found" };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getPerson(user, id) : null;
  if (!found) notFound();
  const requested = Number((await searchParams)?.page);
  const page = Number.isSafeInteger(requested) && requested > 1 ? requested : 1;
  const { rows: asks, total } = found.kind === "contact" ? { rows: [], total: 0 } : listAsksToOfficial(user, found.id, page);
  const pages = Math.max(1, Math.ceil(total / OFFICIAL_ASKS_PAGE_SIZE));

  const facts: [string, React.ReactNode][] = [
    [found.kind === "official" ? "Office now" : found.kind === "contact" ? "Relationship or role" : "Description", found.office || "—"],
    ["Institution", found.institution || "—"],
    ["Country", found.country || "—"],
  ];
  if (found.kind === "contact") {
    facts.push([
      "Case",
      found.caseId && found.casePersonName ? (
        <a key="case" href={`/cases/${found.caseId}`} className="text-brand-700 underline">
          <bdi>{found.casePersonName}</bdi>
        </a>
      ) : (
        "—"
      ),
    ]);
  }

  return (
    <>
      <PageHeader
        title={<bdi>{found.name}</bdi>}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="teal">{PERSON_KIND_LABELS[found.kind]}</Badge>
            {found.office ? <span>{found.office}</span> : null}
            {found.confidential ? <Badge tone="red">Confidential</Badge> : null}
          </span>
        }
        actions={
          canWrite(user) ? (
            <ButtonLink href={`/people/${found.id}/edit`} variant="secondary">
              Edit
            </ButtonLink>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:order-2">
          <Card title="Details">
            <dl className="space-y-3">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm font-medium text-slate-600">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            {found.notes ? (
              <p dir="auto" className="mt-4 whitespace-pre-line border-t border-slate-100 pt-3 text-sm text-slate-800">
                {found.notes}
              </p>
            ) : null}
          </Card>
        </div>
        {found.kind !== "contact" ? (
          <section aria-labelledby="asks-heading" className="space-y-3 lg:order-1 lg:col-span-2">
            <h2 id="asks-heading" className="text-lg font-semibold text-slate-900">
              Asks made to <bdi>{found.name}</bdi> <span className="font-normal text-slate-600">({total})</span>
            </h2>
            <p className="text-sm text-slate-600">Across all cases, most recent first, with the office held when each ask was made.</p>
            {total === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
                No asks made to them yet.
              </p>
            ) : (
              <OfficialAsks asks={asks.map(officialAskView)} />
            )}
            <PageLinks page={page} pages={pages} href={(p) => `/people/${found.id}?page=${p}`} />
          </section>
        ) : null}
      </div>
    </>
  );
}
