import "server-only";
import { getDb } from "@/db/client";
import * as q from "@/db/queries/case-team";
import { listUsers } from "@/db/queries/users";
import { listUserGroups } from "@/db/queries/user-groups";
import { readerFor } from "@/db/visibility";
import { assertCanManageUsers, assertCanRead, assertCanWrite, type Actor } from "@/domain/permissions";
import type { CaseTeamInput } from "@/domain/schemas/team";

/** A case's team as its reader may know it (only someone who can see the case can ask). */
export function getCaseTeam(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.getCaseTeam(getDb(), readerFor(actor), caseId);
}

/** Everyone on the team of a case the actor can see, by name, each once (empty for a case they cannot see). */
export function getCaseTeamNames(actor: Actor | null, caseId: number): string[] {
  assertCanRead(actor);
  return q.listTeamNames(getDb(), readerFor(actor), caseId);
}

/** Everyone on a team, by name: its members and its groups' members, each once. */
export function teamNames(team: q.CaseTeam): string[] {
  const names = new Map<number, string>();
  for (const m of team.members) names.set(m.id, m.name);
  for (const g of team.groups) for (const m of g.members) names.set(m.id, m.name);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}

/** Who a writer can put on a team: active users and the groups an admin manages. */
export function listTeamCandidates(actor: Actor | null) {
  assertCanWrite(actor);
  const db = getDb();
  return {
    users: listUsers(db)
      .filter((u) => u.active)
      .map((u) => ({ id: u.id, name: u.name, role: u.role })),
    groups: listUserGroups(db),
  };
}

export function setCaseTeam(actor: Actor | null, caseId: number, input: CaseTeamInput) {
  assertCanWrite(actor);
  return q.setCaseTeam(getDb(), actor, caseId, input);
}

export function listOpenAccessRequests(actor: Actor | null, caseId: number) {
  assertCanRead(actor);
  return q.listOpenAccessRequests(getDb(), readerFor(actor), caseId);
}

export function resolveAccessRequest(actor: Actor | null, requestId: number, grant: boolean) {
  assertCanWrite(actor);
  q.resolveAccessRequest(getDb(), actor, requestId, grant);
}

/** For an admin: the restricted cases they are not on the team of, by number only, and which they have asked for. */
export function listRestrictedCasesHiddenFrom(actor: Actor | null) {
  assertCanManageUsers(actor);
  return q.restrictedCasesHiddenFrom(getDb(), readerFor(actor));
}

export function requestCaseAccess(actor: Actor | null, caseId: number, reason: string) {
  assertCanManageUsers(actor);
  q.requestCaseAccess(getDb(), actor, caseId, reason);
}

export function joinTeamAsAdmin(actor: Actor | null, caseId: number) {
  assertCanManageUsers(actor);
  q.joinTeamAsAdmin(getDb(), actor, caseId);
}
