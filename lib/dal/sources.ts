import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/sources";
import { assertCanRead, assertCanWrite, canSeeConfidential, type Actor } from "@/lib/domain/permissions";
import type { SourceInput, UpdateSourceInput } from "@/lib/validation/source";

// The data-access layer for sources: every function checks the role first, and reads
// drop confidential sources for anyone who may not see them, so they are never sent.

/** A case's sources, newest first; the first `limit` when given. */
export function listCaseSources(actor: Actor | null, caseId: number, { limit }: { limit?: number } = {}) {
  assertCanRead(actor);
  return q.listCaseSources(getDb(), caseId, { includeConfidential: canSeeConfidential(actor), limit });
}

export function listSources(actor: Actor | null, filters: { q?: string; limit?: number } = {}) {
  assertCanRead(actor);
  return q.listSources(getDb(), { ...filters, includeConfidential: canSeeConfidential(actor) });
}

export function getSource(actor: Actor | null, id: number) {
  assertCanRead(actor);
  return q.findSourceById(getDb(), id, { includeConfidential: canSeeConfidential(actor) });
}

export function listLinkableSources(actor: Actor | null, caseId: number, search?: string) {
  assertCanWrite(actor);
  return q.listLinkableSources(getDb(), caseId, { includeConfidential: canSeeConfidential(actor), q: search });
}

export function addSourceToCase(actor: Actor | null, caseId: number, input: SourceInput) {
  assertCanWrite(actor);
  return q.addSourceToCase(getDb(), actor.id, caseId, input);
}

export function linkSourceToCase(actor: Actor | null, caseId: number, sourceId: number) {
  assertCanWrite(actor);
  return q.linkSourceToCase(getDb(), actor.id, caseId, sourceId);
}

export function unlinkSourceFromCase(actor: Actor | null, caseId: number, sourceId: number) {
  assertCanWrite(actor);
  return q.unlinkSourceFromCase(getDb(), actor.id, caseId, sourceId);
}

export function updateSource(actor: Actor | null, id: number, input: UpdateSourceInput) {
  assertCanWrite(actor);
  return q.updateSource(getDb(), actor.id, id, input);
}
