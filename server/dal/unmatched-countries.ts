import "server-only";
import { getDb } from "@/db/client";
import { listCasesWithUnmatchedCountry } from "@/db/queries/unmatched-countries";
import { assertCanMaintainWorkspace, type Actor } from "@/domain/permissions";

/** For admins: the cases whose country is text that matched no country of the list. */
export function getCasesWithUnmatchedCountry(actor: Actor | null) {
  assertCanMaintainWorkspace(actor);
  return listCasesWithUnmatchedCountry(getDb());
}
