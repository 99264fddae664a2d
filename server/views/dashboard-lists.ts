import type { listAwaitingResponse, listFollowUps } from "@/db/queries/ask-dashboard";
import { askChannelLabel } from "@/domain/schemas/ask";
import { formatDate } from "@/domain/format-date";
import { shorten } from "./shorten";

/**
 * The dashboard's lists as they are shown, built on the server and drawn by client
 * components (app/(app)/dashboard-lists.tsx); only what is shown is here.
 */
interface DashboardAskView {
  id: number;
  caseHref: string;
  personName: string;
  nativeName: string;
  officialName: string;
  status: string;
  /** The ask, cut to one line. */
  text: string;
}

export interface FollowUpView extends DashboardAskView {
  channel: string;
  due: string;
  overdue: boolean;
  dueToday: boolean;
}

export interface AwaitingView extends DashboardAskView {
  madeOn: string;
  waiting: string;
}

export interface RecentCaseView {
  id: number;
  personName: string;
  nativeName: string;
  status: string;
  updatedOn: string;
}

function askView(row: {
  id: number;
  caseId: number;
  personName: string;
  nativeName: string;
  officialName: string;
  status: string;
  text: string;
}): DashboardAskView {
  return {
    id: row.id,
    caseHref: `/cases/${row.caseId}/asks`,
    personName: row.personName,
    nativeName: row.nativeName,
    officialName: row.officialName,
    status: row.status,
    text: shorten(row.text, 90),
  };
}

export function followUpView(row: ReturnType<typeof listFollowUps>[number]): FollowUpView {
  return {
    ...askView(row),
    channel: askChannelLabel(row.channel),
    due: formatDate(row.followUpOn),
    overdue: row.overdue,
    dueToday: row.dueToday,
  };
}

export function awaitingView(row: ReturnType<typeof listAwaitingResponse>[number]): AwaitingView {
  const days = row.daysWaiting;
  return { ...askView(row), madeOn: formatDate(row.madeOn), waiting: days === null ? "—" : `${days} ${days === 1 ? "day" : "days"}` };
}

export function recentCaseView(row: {
  id: number;
  personName: string;
  nativeName: string;
  status: string;
  updatedAt: string;
}): RecentCaseView {
  return { id: row.id, personName: row.personName, nativeName: row.nativeName, status: row.status, updatedOn: formatDate(row.updatedAt) };
}
