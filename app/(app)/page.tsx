import type { Metadata } from "next";
import Link from "next/link";
import { countCasesByStatus, listCases } from "@/lib/dal/cases";
import { listAwaitingResponse, listMyFollowUps } from "@/lib/dal/asks";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/lib/domain/case-status";
import { askChannelLabel } from "@/lib/validation/ask";
import { Card, PageHeader, formatDate } from "@/app/_components/ui";
import { StatusBadge } from "@/app/_components/status-badge";
import { AskStatusBadge } from "./cases/[id]/asks/ask-status-badge";
import { getAsksPerMonthChart, getCaseStatusChart } from "@/lib/dal/dashboard";
import { AsksPerMonthChart, CaseStatusChart } from "./dashboard-charts";
import { shownCount } from "@/lib/domain/show-more";

export const metadata: Metadata = { title: "Dashboard" };

function shorten(text: string, max = 90) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Follow-ups shown at first, and how many more each "Show more" adds (up to the maximum). */
const FOLLOW_UPS_STEP = 10;
const FOLLOW_UPS_MAX = 200;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ followUps?: string | string[] }> }) {
  const user = await requirePageUser();
  const followUpLimit = shownCount((await searchParams).followUps, FOLLOW_UPS_STEP, FOLLOW_UPS_MAX);
  const counts = countCasesByStatus(user);
  const recent = listCases(user, { pageSize: 8 }).rows;
  // Only people who can act on an ask own one, so viewers have no follow-ups of their own.
  const followUps = canWrite(user) ? listMyFollowUps(user, followUpLimit) : null;
  const awaiting = listAwaitingResponse(user);
  const caseStatusChart = getCaseStatusChart(user);
  const asksPerMonth = getAsksPerMonthChart(user);
  return (
    <>
      <PageHeader title="Dashboard" subtitle={`Welcome, ${user.name}.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        {followUps ? (
        <Card title="My follow-ups">
          {followUps.rows.length === 0 ? (
            <p className="text-slate-600">Nothing to follow up in the next 14 days.</p>
          ) : (
            <ul aria-label="My follow-ups" className="divide-y divide-slate-100">
              {followUps.rows.map((a) => (
                <li key={a.id} className={`py-2 ${a.overdue ? "border-l-4 border-red-600 pl-3" : ""}`}>
                  <p className="flex flex-wrap items-center gap-2">
                    {a.overdue ? (
                      <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold uppercase text-white">Overdue</span>
                    ) : a.dueToday ? (
                      <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-bold text-amber-900">Due today</span>
                    ) : null}
                    <span className={a.overdue ? "font-semibold text-red-700" : "text-slate-700"}>
                      Follow up {a.overdue ? "was due" : "by"} {formatDate(a.followUpOn)}
                    </span>
                  </p>
                  <p>
                    <a href={`/cases/${a.caseId}/asks`} className="font-medium text-brand-700 hover:underline">
                      <bdi>{a.personName}</bdi>
                    </a>
                    {" · "}
                    <bdi>{a.officialName}</bdi> · {askChannelLabel(a.channel)} <AskStatusBadge status={a.status} />
                  </p>
                  <p className="text-sm text-slate-700">{shorten(a.text)}</p>
                </li>
              ))}
            </ul>
          )}
          {followUps.more ? (
            followUpLimit < FOLLOW_UPS_MAX ? (
              <Link href={`/?followUps=${followUpLimit + FOLLOW_UPS_STEP}`} scroll={false} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                Show {FOLLOW_UPS_STEP} more
              </Link>
            ) : (
              <p className="mt-2 text-sm text-slate-600">Showing the {FOLLOW_UPS_MAX} most overdue; more are due.</p>
            )
          ) : null}
        </Card>
        ) : null}
        <Card title="Awaiting a response the longest">
          {awaiting.length === 0 ? (
            <p className="text-slate-600">No asks are waiting for an answer.</p>
          ) : (
            <ol aria-label="Awaiting a response the longest" className="divide-y divide-slate-100">
              {awaiting.map((a) => (
                <li key={a.id} className="flex items-start justify-between gap-3 py-2">
                  <div>
                    <p>
                      <a href={`/cases/${a.caseId}/asks`} className="font-medium text-brand-700 hover:underline">
                        <bdi>{a.personName}</bdi>
                      </a>
                      {" · "}
                      <bdi>{a.officialName}</bdi> <AskStatusBadge status={a.status} />
                    </p>
                    <p className="text-sm text-slate-700">{shorten(a.text)}</p>
                    <p className="text-xs text-slate-600">Made {formatDate(a.madeOn)}</p>
                  </div>
                  <p className="shrink-0 text-right text-sm font-semibold tabular-nums">
                    {a.daysWaiting === null ? "—" : `${a.daysWaiting} ${a.daysWaiting === 1 ? "day" : "days"}`}
                    <span className="block text-xs font-normal text-slate-600">waiting</span>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title="Recently changed cases">
          {recent.length === 0 ? (
            <p className="text-slate-600">No cases yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {recent.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-3 py-2">
                  <a href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    <bdi>{c.personName}</bdi>
                  </a>
                  <span className="flex items-center gap-3 text-sm text-slate-600">
                    <StatusBadge status={c.status} /> {formatDate(c.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
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
        <Card title="Current cases by status">
          <p className="mb-2 text-sm text-slate-600">Every case not archived, by its status today.</p>
          <CaseStatusChart data={caseStatusChart} />
        </Card>
        <Card title="Asks made per month, by current status (last 12 months)" className="lg:col-span-2">
          <p className="mb-2 text-sm text-slate-600">
            Each ask is counted in the month it was made and shown in the status it has today. Asks not yet made and
            asks on archived cases are left out.
          </p>
          <AsksPerMonthChart data={asksPerMonth} />
        </Card>
      </div>
    </>
  );
}
