import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/case-team";
import { readerFor } from "@/db/visibility";
import { assertCanRead, type Actor } from "@/domain/permissions";

/** A case's team as its reader may know it (only someone who can see the case can ask). */
export function getCaseTeam(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.getCaseTeam(getDb(), readerFor(actor), caseId);
}

/** Everyone on a team, by name: its members and its groups' members, each once. */
export function teamNames(team: q.CaseTeam): string[] {
  const names = new Map<number, string>();
  for (const m of team.members) names.set(m.id, m.name);
  for (const g of team.groups) for (const m of g.members) names.set(m.id, m.name);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}
