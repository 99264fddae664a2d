import type { OfficialAsk } from "@/db/queries/people";
import { askStatusLabel } from "@/domain/ask-status";
import { askChannelLabel } from "@/domain/schemas/ask";
import { outcomeTypeLabel } from "@/domain/schemas/outcome";
import { formatDate } from "@/domain/format-date";

/**
 * An ask on an official's page as it is shown, built on the server and drawn by a client
 * component (app/(app)/people/[id]/official-asks.tsx); only what is shown is here.
 */
export interface OfficialAskView {
  id: number;
  caseId: number;
  casePersonName: string;
  caseNativeName: string;
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

export function officialAskView(ask: OfficialAsk): OfficialAskView {
  return {
    id: ask.id,
    caseId: ask.caseId,
    casePersonName: ask.casePersonName,
    caseNativeName: ask.caseNativeName,
    caseTitle: ask.caseTitle,
    status: askStatusLabel(ask.status),
    text: ask.text,
    officeThen: ask.officeAtTime || "—",
    channel: askChannelLabel(ask.channel),
    madeOn: ask.madeOn ? formatDate(ask.madeOn) : "Not yet made",
    followUpOn: formatDate(ask.followUpOn),
    outcomes: ask.outcomes.map((o) => ({
      id: o.id,
      date: formatDate(o.occurredOn),
      summary: `${outcomeTypeLabel(o.type)}: ${o.description}`,
    })),
  };
}
