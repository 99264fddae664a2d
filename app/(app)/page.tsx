import type { Metadata } from "next";
import Link from "next/link";
import { countCasesByStatus, listCases } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/session";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/lib/domain/case-status";
import { Card, PageHeader, formatDate } from "@/app/_components/ui";
import { StatusBadge } from "@/app/_components/status-badge";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const counts = countCasesByStatus(user);
  const recent = listCases(user, { pageSize: 8 }).rows;
  return (
    <>
      <PageHeader title="Dashboard" subtitle={`Welcome, ${user.name}.`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Cases by status">
          <ul className="space-y-2">
            {CASE_STATUSES.map((s) => (
              <li key={s} className="flex items-center justify-between">
                <Link href={`/cases?status=${s}`} className="text-brand-700 hover:underline">
                  {CASE_STATUS_LABELS[s]}
                </Link>
                <span className="font-semibold tabular-nums">{counts[s] ?? 0}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Recently changed cases" className="lg:col-span-2">
          {recent.length === 0 ? (
            <p className="text-slate-600">No cases yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {recent.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    <bdi>{c.personName}</bdi>
                  </Link>
                  <span className="flex items-center gap-3 text-sm text-slate-600">
                    <StatusBadge status={c.status} /> {formatDate(c.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
