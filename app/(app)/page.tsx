import type { Metadata } from "next";
import Link from "next/link";
import { countCasesByStatus, listCases } from "@/server/dal/cases";
import { listAwaitingResponse, listMyFollowUps } from "@/server/dal/asks";
import { requirePageUser } from "@/server/dal/session";
import { canWrite } from "@/domain/permissions";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/domain/case-status";
import { Card, PageHeader } from "@/app/_components/ui";
import { awaitingView, followUpView, recentCaseView } from "@/server/views/dashboard-lists";
import { AwaitingList, FollowUpList, RecentCaseList } from "./dashboard-lists";
import { getAsksPerMonthChart, getCaseStatusChart } from "@/server/dal/dashboard";
import { AsksPerMonthChart, CaseStatusChart } from "./dashboard-charts";
import { shownCount } from "@/domain/show-more";

export const metadata: Metadata = { title: "Dashboard" };

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
              <FollowUpList followUps={followUps.rows.map(followUpView)} />
            )}
            {followUps.more ? (
              followUpLimit < FOLLOW_UPS_MAX ? (
                <Link
                  href={`/?followUps=${followUpLimit + FOLLOW_UPS_STEP}`}
                  scroll={false}
                  className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
                >
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
            <AwaitingList asks={awaiting.map(awaitingView)} />
          )}
        </Card>
        <Card title="Recently changed cases">
          {recent.length === 0 ? <p className="text-slate-600">No cases yet.</p> : <RecentCaseList cases={recent.map(recentCaseView)} />}
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
            Each ask is counted in the month it was made and shown in the status it has today. Asks not yet made and asks on archived cases
            are left out.
          </p>
          <AsksPerMonthChart data={asksPerMonth} />
        </Card>
      </div>
    </>
  );
}
