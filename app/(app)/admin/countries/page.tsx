import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAdmin } from "@/server/dal/session";
import { getCasesWithUnmatchedCountry } from "@/server/dal/unmatched-countries";
import { Card, PageHeader } from "@/app/_components/ui";
import { PersonName } from "@/app/_components/person-name";

export const metadata: Metadata = { title: "Countries to fix" };

export default async function UnmatchedCountriesPage() {
  const user = await requirePageAdmin();
  const rows = getCasesWithUnmatchedCountry(user);
  return (
    <>
      <PageHeader
        title="Countries to fix"
        subtitle="Cases whose country, typed before countries were chosen from a list, names no country of the list. Open each and choose the country it means."
      />
      <Card title={`${rows.length.toLocaleString("en")} ${rows.length === 1 ? "case" : "cases"}`}>
        {rows.length === 0 ? (
          <p className="text-slate-600">Every case's country is one of the list.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Country as typed
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Case
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Fix</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4">
                    <bdi>{c.country}</bdi>
                  </td>
                  <td className="py-2 pr-4">
                    <Link href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      <PersonName personName={c.personName} nativeName={c.nativeName} />
                    </Link>
                    {c.archivedAt ? <span className="text-slate-600"> (archived)</span> : null}
                  </td>
                  <td className="py-2">
                    {c.archivedAt ? null : (
                      <Link href={`/cases/${c.id}/edit`} className="link">
                        Choose the country<span className="sr-only"> of {c.personName}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
