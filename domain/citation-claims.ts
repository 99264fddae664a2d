/**
 * What a source can be cited for. The case's facts are claims of the case itself (their
 * subject is the case); the rest are claims of one record: a status change, an ask, a
 * move of an ask, an outcome.
 */
const CASE_FACT_CLAIMS = ["summary", "arrest", "place_held", "charges", "sentence"] as const;
const RECORD_CLAIMS = ["status_change", "ask", "ask_move", "outcome"] as const;
export const CLAIM_KINDS = [...CASE_FACT_CLAIMS, ...RECORD_CLAIMS] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type CaseFactClaim = (typeof CASE_FACT_CLAIMS)[number];

export function isCaseFactClaim(claim: string): claim is CaseFactClaim {
  return (CASE_FACT_CLAIMS as readonly string[]).includes(claim);
}

/** The id of a claim's citation line on its page: the editor's link lands there, and the line carries it. */
export function citationAnchor(claim: ClaimKind, subjectId: number): string {
  return `${claim}-${subjectId}-cites`;
}
