import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/asks";
import * as dashboard from "@/db/queries/ask-dashboard";
import * as oq from "@/db/queries/outcomes";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { AskStatus } from "@/domain/ask-status";
import type { MoveNote } from "@/domain/move-note";
import type { UpdateAskInput } from "@/domain/schemas/ask";
import type { CreateOutcomeInput } from "@/domain/schemas/outcome";

// The data-access layer for asks and outcomes: every function checks the actor's role
// before touching the database, and reads what the visibility policy lets the actor see.

/** Officials to offer when logging an ask on the case, or those matching `search` (see listOfficialChoices). */
export function listOfficialChoices(actor: Actor | null, opts: { caseId?: number; search?: string } = {}) {
  assertCanWrite(actor);
  return q.listOfficialChoices(getDb(), readerFor(actor), { caseId: opts.caseId, q: opts.search });
}

export function listAskOwners(actor: Actor | null) {
  assertCanWrite(actor);
  return q.listAskOwners(getDb());
}

export function listAsksForCase(actor: Actor | null, caseId: number, options: { limit?: number } = {}) {
  assertCanRead(actor);
  return q.listAsksForCase(getDb(), readerFor(actor), caseId, options);
}

export function getAsk(actor: Actor | null, askId: number) {
  assertCanRead(actor);
  return q.findAskById(getDb(), readerFor(actor), askId);
}

export function createAsk(actor: Actor | null, caseId: number, input: Parameters<typeof q.insertAsk>[3]) {
  assertCanWrite(actor);
  return q.insertAsk(getDb(), actor.id, caseId, input);
}

export function updateAsk(actor: Actor | null, askId: number, input: UpdateAskInput) {
  assertCanWrite(actor);
  return q.updateAsk(getDb(), actor.id, askId, input);
}

export function changeAskStatus(actor: Actor | null, askId: number, toStatus: AskStatus, note: MoveNote, occurredOn?: string) {
  assertCanWrite(actor);
  return q.recordAskStatusChange(getDb(), actor.id, askId, toStatus, note, undefined, occurredOn);
}

/** The actor's first `limit` follow-ups, oldest due first, and whether there are more. */
export function listMyFollowUps(actor: Actor | null, limit = 10) {
  assertCanRead(actor);
  const rows = dashboard.listFollowUps(getDb(), readerFor(actor), actor.id, { limit: limit + 1 });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export function listAwaitingResponse(actor: Actor | null) {
  assertCanRead(actor);
  return dashboard.listAwaitingResponse(getDb(), readerFor(actor));
}

export function listCaseSources(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return oq.listCaseSources(getDb(), readerFor(actor), caseId);
}

export function listOutcomesForCase(actor: Actor | null, caseId: number, options: { limit?: number } = {}) {
  assertCanRead(actor);
  return oq.listOutcomesForCase(getDb(), readerFor(actor), caseId, options);
}

export function createOutcome(actor: Actor | null, caseId: number, input: CreateOutcomeInput) {
  assertCanWrite(actor);
  return oq.insertOutcome(getDb(), actor.id, caseId, input);
}
