import type { Metadata } from "next";
import Link from "next/link";
import { listCases } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { CASE_STATUSES, CASE_STATUS_LABELS, isCaseStatus } from "@/lib/domain/case-status";
import { PRIORITY_LABELS } from "@/lib/validation/case";
import { ButtonLink, PageHeader, buttonClass, formatDate, inputClass } from "@/app/_components/ui";
import { StatusBadge } from "@/app/_components/status-badge";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<{ status?: string; page?: string }> };

export default async function CasesPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = await searchParams;
  const status = isCaseStatus(params.status) ? params.status : undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const { rows, total, pageSize } = listCases(user, { status, page });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) => `/cases?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader
        title="Cases"
        subtitle={`${total} ${total === 1 ? "case" : "cases"}${status ? ` · ${CASE_STATUS_LABELS[status].toLowerCase()}` : ""}`}
        actions={canWrite(user) ? <ButtonLink href="/cases/new">New case</ButtonLink> : null}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter cases">
        <div>
          <label htmlFor="status-filter" className="block text-sm font-medium">
            Status
          </label>
          <select id="status-filter" name="status" defaultValue={status ?? ""} className={inputClass}>
            <option value="">All statuses</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CASE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No cases yet.{canWrite(user) ? " Use “New case” to record the first one." : ""}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Cases</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Person</th>
                <th scope="col" className="px-4 py-3 font-semibold">Country</th>
                <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                <th scope="col" className="px-4 py-3 font-semibold">Priority</th>
                <th scope="col" className="px-4 py-3 font-semibold">Last change</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td className="px-4 py-3">
                    <Link href={`/cases/${c.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      <bdi>{c.personName}</bdi>
                    </Link>
                    <div className="text-slate-600">{c.title}</div>
                  </td>
                  <td className="px-4 py-3">{c.country}</td>
                  <td className="px-4 py-3"><StatusBadge status={c.status} /></td>
                  <td className="px-4 py-3">{PRIORITY_LABELS[c.priority]}</td>
                  <td className="px-4 py-3 whitespace-nowrap">{formatDate(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 text-sm">
        <Link href="/cases/archived" className="text-brand-700 underline">
          Archived cases
        </Link>
      </p>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)} className="underline">Previous</Link> : null}
          <span>Page {page} of {pages}</span>
          {page < pages ? <Link href={pageHref(page + 1)} className="underline">Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
