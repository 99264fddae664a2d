import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/sources";
import * as lists from "@/db/queries/source-lists";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { SourceInput, UpdateSourceInput } from "@/domain/schemas/source";

// The data-access layer for sources: every function checks the role first, and reads
// what the visibility policy lets the actor see, so a hidden source is never sent.

/** A case's sources, newest first; the first `limit` when given. */
export function listCaseSources(actor: Actor | null, caseId: number, { limit }: { limit?: number } = {}) {
  assertCanRead(actor);
  return lists.listCaseSources(getDb(), readerFor(actor), caseId, { limit });
}

export function listSources(actor: Actor | null, filters: { q?: string; limit?: number } = {}) {
  assertCanRead(actor);
  return lists.listSources(getDb(), readerFor(actor), filters);
}

export function getSource(actor: Actor | null, id: number) {
  assertCanRead(actor);
  return q.findSourceById(getDb(), readerFor(actor), id);
}

export function listLinkableSources(actor: Actor | null, caseId: number, search?: string) {
  assertCanWrite(actor);
  return lists.listLinkableSources(getDb(), readerFor(actor), caseId, { q: search });
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
