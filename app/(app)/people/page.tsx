import type { Metadata } from "next";
import Link from "next/link";
import { listPeople } from "@/server/dal/people";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { PERSON_KINDS, PERSON_KIND_LABELS, isPersonKind } from "@/domain/schemas/person";
import { Badge, ButtonLink, PageHeader, buttonClass, inputClass } from "@/app/_components/ui";

export const metadata: Metadata = { title: "People" };

const PEOPLE_PAGE_LIMIT = 500;

type Props = { searchParams: Promise<{ kind?: string; q?: string }> };

export default async function PeoplePage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = await searchParams;
  const kind = isPersonKind(params.kind) ? params.kind : undefined;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const rows = listPeople(user, { kind, q, limit: PEOPLE_PAGE_LIMIT });

  return (
    <>
      <PageHeader
        title="People"
        subtitle="Officials, organisations and case contacts"
        actions={canWrite(user) ? <ButtonLink href="/people/new">Add person</ButtonLink> : null}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter people">
        <div>
          <label htmlFor="kind-filter" className="block text-sm font-medium">
            Kind
          </label>
          <select id="kind-filter" name="kind" defaultValue={kind ?? ""} className={inputClass}>
            <option value="">Everyone</option>
            {PERSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {PERSON_KIND_LABELS[k]}s
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="people-q" className="block text-sm font-medium">
            Name, office or institution
          </label>
          <input id="people-q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {kind || q ? "Nobody matches these filters." : "The directory is empty."}
          {canWrite(user) ? " Use “Add person” to record an official, an organisation or a contact." : ""}
        </p>
      ) : (
        <>
          {rows.length >= PEOPLE_PAGE_LIMIT ? (
            <p className="mb-3 text-sm text-slate-600">Showing the first {PEOPLE_PAGE_LIMIT}; filter or search to narrow the list.</p>
          ) : null}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">People</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Kind
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Office or title
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Institution
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Country
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((p) => (
                  <tr key={p.id} className="hover:bg-slate-50">
                    <td className="px-4 py-3">
                      <Link href={`/people/${p.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                        <bdi>{p.name}</bdi>
                      </Link>
                      {p.confidential ? (
                        <span className="ml-2">
                          <Badge tone="red">Confidential</Badge>
                        </span>
                      ) : null}
                      {p.kind === "contact" && p.casePersonName ? (
                        <div className="text-slate-600">
                          Contact for <bdi>{p.casePersonName}</bdi>
                        </div>
                      ) : null}
                    </td>
                    <td className="px-4 py-3">{PERSON_KIND_LABELS[p.kind]}</td>
                    <td className="px-4 py-3">{p.office || "—"}</td>
                    <td className="px-4 py-3">{p.institution || "—"}</td>
                    <td className="px-4 py-3">{p.country || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
