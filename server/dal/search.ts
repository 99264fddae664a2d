import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/search";
import { readerFor } from "@/db/visibility";
import { assertCanRead, type Actor } from "@/domain/permissions";

// Search through the data-access layer: only signed-in users, and only what the
// visibility policy lets them see, decided in the queries themselves.

export function search(actor: Actor | null, input: unknown, options: q.SearchOptions = {}) {
  assertCanRead(actor);
  return q.searchRecords(getDb(), readerFor(actor), input, options);
}
