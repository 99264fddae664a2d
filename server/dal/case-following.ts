import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/case-following";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { CaseOwnerInput } from "@/domain/schemas/case-following";

/** Who owns and who watches a case the actor can see; null for one they cannot. */
export function getCaseFollowing(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.getCaseFollowing(getDb(), readerFor(actor), caseId);
}

/** Who a writer can give the case to. */
export function listOwnerCandidates(actor: Actor | null, caseId: number) {
  assertCanWrite(actor);
  return q.listOwnerCandidates(getDb(), caseId);
}

/** Anyone who can see a case may watch it: watching changes nothing of the case. */
export function setCaseWatching(actor: Actor | null, caseId: number, watching: boolean) {
  assertCanRead(actor);
  return q.setCaseWatching(getDb(), readerFor(actor), caseId, watching);
}

export function reassignCase(actor: Actor | null, caseId: number, input: CaseOwnerInput) {
  assertCanWrite(actor);
  return q.reassignCase(getDb(), actor.id, caseId, input);
}
