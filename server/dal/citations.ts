import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/citations";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { CiteSourcesInput } from "@/domain/schemas/citation";

// Citations: which of a case's sources support which claim. Reads and writes go through
// the actor's reader, so a source hidden from them is neither shown nor written through.

export function getCaseCitations(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.caseCitedSources(getDb(), readerFor(actor), caseId);
}

export function citeSources(actor: Actor | null, caseId: number, input: CiteSourcesInput) {
  assertCanWrite(actor);
  return q.setCitations(getDb(), readerFor(actor), actor.id, caseId, input.claim, input.subjectId, input.sourceIds);
}
