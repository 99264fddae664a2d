import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/search";
import { assertCanRead, canSeeConfidential, type Actor } from "@/lib/domain/permissions";

// Search through the data-access layer: only signed-in users, and confidential records
// (and what is attached to them) are left out of a viewer's results in the query itself.

export function search(actor: Actor | null, input: unknown, options: Pick<q.SearchOptions, "limit" | "kinds"> = {}) {
  assertCanRead(actor);
  return q.searchRecords(getDb(), input, { ...options, includeConfidential: canSeeConfidential(actor) });
}
