/**
 * Where an advocacy ask stands, and which moves between its statuses make sense.
 * The pipeline runs planned → made → acknowledged → committed → fulfilled; an
 * official can also decline or never answer. A move not listed here is refused.
 */
export const ASK_STATUSES = ["planned", "made", "acknowledged", "committed", "fulfilled", "declined", "no_response"] as const;

export type AskStatus = (typeof ASK_STATUSES)[number];

export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
  planned: "Planned",
  made: "Made",
  acknowledged: "Acknowledged",
  committed: "Committed",
  fulfilled: "Fulfilled",
  declined: "Declined",
  no_response: "No response",
};

/** Statuses an ask can be created in: it is either still being prepared or already put. */
export const INITIAL_ASK_STATUSES = ["planned", "made"] as const satisfies readonly AskStatus[];

const ALLOWED_MOVES: Record<AskStatus, readonly AskStatus[]> = {
  planned: ["made"],
  // An official may act without ever answering in writing, hence made → fulfilled.
  made: ["acknowledged", "committed", "fulfilled", "declined", "no_response"],
  acknowledged: ["committed", "fulfilled", "declined", "no_response"],
  // A commitment can be walked back or followed by silence.
  committed: ["fulfilled", "declined", "no_response"],
  // A refusal can be reconsidered after more pressure.
  declined: ["acknowledged", "committed", "fulfilled"],
  // They finally answer.
  no_response: ["acknowledged", "committed", "fulfilled", "declined"],
  // Done: a new request is a new ask.
  fulfilled: [],
};

/** Statuses after which no follow-up is due: the official has given a final answer. */
export const CLOSED_ASK_STATUSES = ["fulfilled", "declined"] as const satisfies readonly AskStatus[];

/** Statuses in which the campaign is waiting for the official to answer. */
export const AWAITING_ASK_STATUSES = ["made", "acknowledged"] as const satisfies readonly AskStatus[];

export function isAskStatus(value: unknown): value is AskStatus {
  return typeof value === "string" && (ASK_STATUSES as readonly string[]).includes(value);
}

/** A stored status in words; a code this version does not know is shown as stored. */
export function askStatusLabel(status: string): string {
  return isAskStatus(status) ? ASK_STATUS_LABELS[status] : status;
}

export function isClosedAskStatus(status: AskStatus): boolean {
  return (CLOSED_ASK_STATUSES as readonly AskStatus[]).includes(status);
}

export function allowedNextAskStatuses(from: AskStatus): readonly AskStatus[] {
  return ALLOWED_MOVES[from];
}

export type AskStatusMoveCheck = { ok: true } | { ok: false; reason: string };

export function checkAskStatusMove(from: AskStatus, to: AskStatus): AskStatusMoveCheck {
  const fromLabel = ASK_STATUS_LABELS[from].toLowerCase();
  const toLabel = ASK_STATUS_LABELS[to].toLowerCase();
  if (from === to) return { ok: false, reason: `The ask is already ${toLabel}.` };
  const allowed = ALLOWED_MOVES[from];
  if (allowed.length === 0) {
    return { ok: false, reason: `The ask is ${fromLabel}, which is final. Log a new ask for a new request.` };
  }
  if (!allowed.includes(to)) {
    const options = allowed.map((s) => ASK_STATUS_LABELS[s].toLowerCase()).join(", ");
    return {
      ok: false,
      reason: `An ask cannot move from ${fromLabel} to ${toLabel}. From ${fromLabel} it can move to: ${options}.`,
    };
  }
  return { ok: true };
}
