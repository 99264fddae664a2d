import type { CaseAsk } from "@/db/queries/asks";
import type { CitedSource } from "@/db/queries/citations";
import type { listOutcomesForCase } from "@/db/queries/outcomes";
import { askStatusLabel, isAskStatus, isClosedAskStatus } from "@/domain/ask-status";
import { askChannelLabel } from "@/domain/schemas/ask";
import { outcomeTypeLabel } from "@/domain/schemas/outcome";
import { formatDate } from "@/domain/format-date";
import { shorten } from "./shorten";
import { statusChangeViews, type StatusChangeView } from "./status-changes";

/**
 * What an ask's card and an outcome's card show, as plain text the server has already
 * formatted (dates too: the browser's date names may differ from the server's). Only what
 * is shown is here, since all of it is sent to the browser.
 */
export interface AskCardView {
  id: number;
  officialName: string;
  officeAtTime: string | null;
  /** The ask, or the person it was put to, is confidential. */
  confidential: boolean;
  status: string;
  text: string;
  channel: string;
  madeOn: string;
  followUpOn: string;
  overdue: boolean;
  ownerName: string;
  history: StatusChangeView[];
  /** The sources cited for the ask, those the reader may see. */
  cited: CitedSource[];
  /** Whether the reader may move its status (and it has somewhere to go), or edit it. */
  movable: boolean;
  editable: boolean;
}

export interface OutcomeCardView {
  id: number;
  type: string;
  isRelease: boolean;
  confidential: boolean;
  occurredOn: string;
  description: string;
  inAnswerTo: string | null;
  sources: { id: number; title: string; outlet: string | null; url: string | null }[];
  /** The sources cited for the outcome, those the reader may see. */
  cited: CitedSource[];
}

export function askCardView(
  ask: CaseAsk,
  today: string,
  extra: { cited: CitedSource[]; movable: boolean; editable: boolean },
): AskCardView {
  return {
    id: ask.id,
    officialName: ask.officialName,
    officeAtTime: ask.officeAtTime || null,
    confidential: ask.confidential || ask.officialConfidential,
    status: ask.status,
    text: ask.text,
    channel: askChannelLabel(ask.channel),
    madeOn: formatDate(ask.madeOn),
    followUpOn: formatDate(ask.followUpOn),
    overdue: !!ask.followUpOn && ask.followUpOn < today && isAskStatus(ask.status) && !isClosedAskStatus(ask.status),
    ownerName: ask.ownerName ?? "—",
    history: statusChangeViews(ask.history, askStatusLabel, "Logged as"),
    ...extra,
  };
}

export function outcomeCardView(outcome: ReturnType<typeof listOutcomesForCase>[number], cited: CitedSource[]): OutcomeCardView {
  return {
    id: outcome.id,
    type: outcomeTypeLabel(outcome.type),
    isRelease: outcome.type === "release",
    confidential: outcome.confidential,
    occurredOn: formatDate(outcome.occurredOn),
    description: outcome.description,
    inAnswerTo: outcome.askText ? shorten(outcome.askText, 120) : null,
    sources: outcome.sources.map(({ id, title, outlet, url }) => ({ id, title, outlet: outlet || null, url: url || null })),
    cited,
  };
}
