/**
 * Where a case stands, and which moves between statuses make sense.
 * A move not listed here is refused, so a typo in the status form cannot
 * rewrite a person's situation (e.g. "at risk" straight to "sentenced").
 */
export const CASE_STATUSES = ["at_risk", "detained", "charged", "on_trial", "sentenced", "released", "closed"] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  at_risk: "At risk",
  detained: "Detained",
  charged: "Charged",
  on_trial: "On trial",
  sentenced: "Sentenced",
  released: "Released",
  closed: "Closed",
};

const ALLOWED_MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  at_risk: ["detained", "closed"],
  detained: ["charged", "on_trial", "sentenced", "released", "closed"],
  // Charges can be dropped while the person stays held, hence back to detained.
  charged: ["detained", "on_trial", "sentenced", "released", "closed"],
  on_trial: ["charged", "sentenced", "released", "closed"],
  // An appeal or retrial puts a sentenced person back on trial.
  sentenced: ["on_trial", "released", "closed"],
  // Re-arrest and renewed threats happen after release.
  released: ["at_risk", "detained", "closed"],
  // A closed case can be reopened.
  closed: ["at_risk", "detained"],
};

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

export function allowedNextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return ALLOWED_MOVES[from];
}

export type StatusMoveCheck = { ok: true } | { ok: false; reason: string };

export function checkCaseStatusMove(from: CaseStatus, to: CaseStatus): StatusMoveCheck {
  if (from === to) {
    return { ok: false, reason: `The case is already ${CASE_STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (!ALLOWED_MOVES[from].includes(to)) {
    const options = ALLOWED_MOVES[from].map((s) => CASE_STATUS_LABELS[s].toLowerCase()).join(", ");
    return {
      ok: false,
      reason: `A case cannot move from ${CASE_STATUS_LABELS[from].toLowerCase()} to ${CASE_STATUS_LABELS[
        to
      ].toLowerCase()}. From ${CASE_STATUS_LABELS[from].toLowerCase()} it can move to: ${options}.`,
    };
  }
  return { ok: true };
}

/**
 * The day a case's opening status describes: the sentence for a case opened as sentenced,
 * the arrest for one opened in custody; a person at risk has no such event.
 */
export function openingStatusDate(c: { status: string; arrestDate: string | null; sentenceDate: string | null }): string | null {
  if (c.status === "at_risk") return null;
  if (c.status === "sentenced") return c.sentenceDate ?? c.arrestDate;
  return c.arrestDate;
}
