import type { Metadata } from "next";
import Link from "next/link";
import { listArchivedCases } from "@/server/dal/case-archive";
import { requirePageUser } from "@/server/dal/session";
import { PageHeader, formatDate } from "@/app/_components/ui";

export const metadata: Metadata = { title: "Archived cases" };

export default async function ArchivedCasesPage() {
  const user = await requirePageUser();
  const rows = listArchivedCases(user);
  return (
    <>
      <PageHeader title="Archived cases" subtitle="Hidden from lists and the dashboard; every record is kept. Open a case to restore it." />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No archived cases.</p>
      ) : (
        <ul aria-label="Archived cases" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <span>
                <Link href={`/cases/${c.id}`} className="font-semibold text-brand-700 hover:underline">
                  <bdi>{c.personName}</bdi>
                </Link>
                <span className="text-slate-600">
                  {" "}
                  · {c.title} · {c.country}
                </span>
              </span>
              <span className="text-sm text-slate-600">Archived {formatDate(c.archivedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/cases" className="text-brand-700 underline">
          Back to the case list
        </Link>
      </p>
    </>
  );
}
