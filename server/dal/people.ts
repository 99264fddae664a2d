import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/people";
import { readerFor } from "@/db/visibility";
import { assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { PersonInput, PersonKind, UpdatePersonInput } from "@/domain/schemas/person";

// The data-access layer for the people directory: every function checks the role first,
// and reads what the visibility policy lets the actor see (a confidential relative or
// lawyer never reaches a viewer).

export function listPeople(actor: Actor | null, filters: { kind?: PersonKind; q?: string; caseId?: number; limit?: number } = {}) {
  assertCanRead(actor);
  return q.listPeople(getDb(), readerFor(actor), filters);
}

export function listCaseContacts(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.listCaseContacts(getDb(), readerFor(actor), caseId);
}

/** One person, read once per request: the page and its title both ask for it (see getCase). */
export const getPerson = cache((actor: Actor | null, id: number) => {
  assertCanRead(actor);
  return q.findPersonById(getDb(), readerFor(actor), id);
});

export const OFFICIAL_ASKS_PAGE_SIZE = 10;

/** The asks made to a person the actor may see; nothing for a person hidden from them. */
export function listAsksToOfficial(actor: Actor | null, officialId: number, page = 1) {
  assertCanRead(actor);
  const db = getDb();
  const reader = readerFor(actor);
  if (!q.findPersonById(db, reader, officialId)) return { rows: [], total: 0 };
  return q.listAsksToOfficial(db, reader, officialId, { page, pageSize: OFFICIAL_ASKS_PAGE_SIZE });
}

export function listCaseChoices(actor: Actor | null, options: { q?: string; includeId?: number | null } = {}) {
  assertCanWrite(actor);
  return q.listCaseChoices(getDb(), readerFor(actor), options);
}

export function createPerson(actor: Actor | null, input: PersonInput) {
  assertCanWrite(actor);
  return q.insertPerson(getDb(), actor.id, input);
}

export function updatePerson(actor: Actor | null, id: number, input: UpdatePersonInput) {
  assertCanWrite(actor);
  return q.updatePerson(getDb(), actor.id, id, input);
}
