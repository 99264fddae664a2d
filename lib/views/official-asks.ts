import type { OfficialAsk } from "@/db/queries/people";
import { formatDate } from "@/lib/format-date";

/**
 * An ask on an official's page as it is shown, built on the server and drawn by a client
 * component (app/(app)/people/[id]/official-asks.tsx); only what is shown is here.
 */
export interface OfficialAskView {
  id: number;
  caseId: number;
  casePersonName: string;
  caseTitle: string;
  status: string;
  text: string;
  officeThen: string;
  channel: string;
  madeOn: string;
  followUpOn: string;
  /** "24 Mar 2023", and "Release: Freed after ..." */
  outcomes: { id: number; date: string; summary: string }[];
}

/** "follow_up_due" → "Follow up due": asks and outcomes store plain codes. */
export function humanize(code: string): string {
  const words = code.replace(/[_-]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "—";
}

export function officialAskView(ask: OfficialAsk): OfficialAskView {
  return {
    id: ask.id,
    caseId: ask.caseId,
    casePersonName: ask.casePersonName,
    caseTitle: ask.caseTitle,
    status: humanize(ask.status),
    text: ask.text,
    officeThen: ask.officeAtTime || "—",
    channel: humanize(ask.channel),
    madeOn: ask.madeOn ? formatDate(ask.madeOn) : "Not yet made",
    followUpOn: formatDate(ask.followUpOn),
    outcomes: ask.outcomes.map((o) => ({ id: o.id, date: formatDate(o.occurredOn), summary: `${humanize(o.type)}: ${o.description}` })),
  };
}
