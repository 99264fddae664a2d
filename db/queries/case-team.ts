import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { preparedPerConnection } from "../prepared";
import { caseAccessRequests, cases, caseTeamGroups, caseTeamMembers, userGroupMembers, userGroups, users } from "../schema";
import { readerParams, visible, visibleSql, type Reader } from "../visibility";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";
import type { Role } from "../../domain/permissions";

const CASE_NOT_FOUND = "That case does not exist.";

export interface CaseTeam {
  caseId: number;
  restricted: boolean;
  version: number;
  members: { id: number; name: string }[];
  groups: { id: number; name: string; members: { id: number; name: string }[] }[];
}

/** Whether the reader can see the case; a case they cannot see does not exist for them. */
function assertVisibleCase(tx: Db | Tx, reader: Reader, caseId: number) {
  const found = tx
    .select({ id: cases.id, restricted: cases.restricted, version: cases.version, archivedAt: cases.archivedAt })
    .from(cases)
    .where(and(eq(cases.id, caseId), visible("case", "cases", reader)))
    .get();
  if (!found) throw new NotFoundError(CASE_NOT_FOUND);
  return found;
}

function teamOf(tx: Db | Tx, caseId: number, restricted: boolean, version: number): CaseTeam {
  const members = tx
    .select({ id: users.id, name: users.name })
    .from(caseTeamMembers)
    .innerJoin(users, eq(users.id, caseTeamMembers.userId))
    .where(eq(caseTeamMembers.caseId, caseId))
    .orderBy(asc(users.name))
    .all();
  const groupRows = tx
    .select({ id: userGroups.id, name: userGroups.name })
    .from(caseTeamGroups)
    .innerJoin(userGroups, eq(userGroups.id, caseTeamGroups.groupId))
    .where(eq(caseTeamGroups.caseId, caseId))
    .orderBy(asc(userGroups.name))
    .all();
  const groups = groupRows.map((g) => ({
    ...g,
    members: tx
      .select({ id: users.id, name: users.name })
      .from(userGroupMembers)
      .innerJoin(users, eq(users.id, userGroupMembers.userId))
      .where(eq(userGroupMembers.groupId, g.id))
      .orderBy(asc(users.name))
      .all(),
  }));
  return { caseId, restricted, version, members, groups };
}

/** A case's team as a reader who can see the case is shown it. */
export function getCaseTeam(db: Db | Tx, reader: Reader, caseId: number): CaseTeam {
  const kase = assertVisibleCase(db, reader, caseId);
  return teamOf(db, caseId, kase.restricted, kase.version);
}

// Every page of a restricted case names its team: one statement, prepared once, instead of
// the case, its members, its groups and each group's members.
const teamNamesOfCase = preparedPerConnection((db) =>
  db.$client.prepare<Record<string, number>, { name: string }>(
    `SELECT u.name FROM users u
      WHERE u.id IN (SELECT m.user_id FROM case_team_members m WHERE m.case_id = @caseId
                     UNION SELECT gm.user_id FROM case_team_groups g JOIN user_group_members gm ON gm.group_id = g.group_id
                     WHERE g.case_id = @caseId)
        AND EXISTS (SELECT 1 FROM cases WHERE cases.id = @caseId AND ${visibleSql("case", "cases")})`,
  ),
);

/**
 * Everyone on a case's team by name (its members and its groups' members, each once), for a
 * reader who can see the case; nothing for one who cannot.
 */
export function listTeamNames(db: Db, reader: Reader, caseId: number): string[] {
  const { readerId, everyTeam } = readerParams(reader);
  return teamNamesOfCase(db)
    .all({ caseId, readerId, everyTeam })
    .map((row) => row.name)
    .sort((a, b) => a.localeCompare(b));
}

/** Everyone on the team: its members and the members of its groups. */
function teamUserIds(team: CaseTeam): Set<number> {
  return new Set([...team.members.map((m) => m.id), ...team.groups.flatMap((g) => g.members.map((m) => m.id))]);
}

function auditView(team: CaseTeam) {
  return { restricted: team.restricted, members: team.members.map((m) => m.name), groups: team.groups.map((g) => g.name) };
}

/** What changed, as { field: [before, after] }, which the history shows as before → after. */
function teamDiff(before: CaseTeam, after: CaseTeam): Record<string, [unknown, unknown]> {
  const a = auditView(before);
  const b = auditView(after);
  const changed: Record<string, [unknown, unknown]> = {};
  for (const key of ["restricted", "members", "groups"] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed[key] = [a[key], b[key]];
  }
  return changed;
}

export interface TeamEdit {
  restricted: boolean;
  memberIds: number[];
  groupIds: number[];
  version: number;
}

interface TeamActor {
  id: number;
  role: Role;
}

function assertWriter(actor: TeamActor) {
  if (actor.role !== "admin" && actor.role !== "campaigner")
    throw new DomainRuleError("Only campaigners and admins can change a case's team.");
}

/**
 * Sets whether the case is restricted and who is on its team, from the case version the
 * editor loaded. Bumps the case's version (the team is part of the case) and records the
 * change on the case's history. Team rows stay when a case is opened up again.
 */
export function setCaseTeam(db: Db, actor: TeamActor, caseId: number, edit: TeamEdit): CaseTeam {
  return db.transaction((tx) => {
    const kase = assertVisibleCase(tx, { userId: actor.id, seesConfidential: true }, caseId);
    assertWriter(actor);
    if (kase.archivedAt) throw new DomainRuleError("This case is archived, so it is read-only. Restore it to change it.");
    const before = teamOf(tx, caseId, kase.restricted, kase.version);
    if (kase.version !== edit.version) throw new StaleVersionError(before);
    const memberIds = [...new Set(edit.memberIds)];
    const groupIds = [...new Set(edit.groupIds)];
    if (memberIds.length > 0) {
      const active = tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, memberIds), eq(users.active, true)))
        .all();
      if (active.length !== memberIds.length) throw new DomainRuleError("Only active users can be on a case's team.");
    }
    if (groupIds.length > 0) {
      const found = tx.select({ id: userGroups.id }).from(userGroups).where(inArray(userGroups.id, groupIds)).all();
      if (found.length !== groupIds.length) throw new DomainRuleError("One of those groups no longer exists.");
    }
    // Who added a member who stays is kept: only those taken off are removed.
    tx.delete(caseTeamMembers)
      .where(and(eq(caseTeamMembers.caseId, caseId), memberIds.length ? notInArray(caseTeamMembers.userId, memberIds) : undefined))
      .run();
    tx.delete(caseTeamGroups)
      .where(and(eq(caseTeamGroups.caseId, caseId), groupIds.length ? notInArray(caseTeamGroups.groupId, groupIds) : undefined))
      .run();
    for (const userId of memberIds) tx.insert(caseTeamMembers).values({ caseId, userId, addedBy: actor.id }).onConflictDoNothing().run();
    for (const groupId of groupIds) tx.insert(caseTeamGroups).values({ caseId, groupId, addedBy: actor.id }).onConflictDoNothing().run();
    const updated = tx
      .update(cases)
      .set({ restricted: edit.restricted, version: sql`${cases.version} + 1`, updatedAt: new Date().toISOString(), updatedBy: actor.id })
      .where(and(eq(cases.id, caseId), eq(cases.version, edit.version)))
      .returning({ version: cases.version })
      .get();
    if (!updated) throw new StaleVersionError(before);
    const after = teamOf(tx, caseId, edit.restricted, updated.version);
    if (edit.restricted) {
      const everyone = teamUserIds(after);
      if (everyone.size === 0) throw new DomainRuleError("A restricted case needs at least one person on its team.");
      if (!everyone.has(actor.id)) {
        throw new DomainRuleError("Put yourself on the team (or in one of its groups): otherwise you could no longer see this case.");
      }
    }
    recordAudit(tx, {
      actorId: actor.id,
      action: "team_changed",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: teamDiff(before, after),
    });
    return after;
  });
}

function assertAdmin(actor: TeamActor) {
  if (actor.role !== "admin") throw new DomainRuleError("Only an admin can do that.");
}

function restrictedCaseOutsideTeam(tx: Db | Tx, actorId: number, caseId: number) {
  const kase = tx.select({ id: cases.id, restricted: cases.restricted }).from(cases).where(eq(cases.id, caseId)).get();
  if (!kase?.restricted) throw new NotFoundError(CASE_NOT_FOUND);
  const onTeam = tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, caseId), visible("case", "cases", { userId: actorId, seesConfidential: true })))
    .get();
  if (onTeam) throw new DomainRuleError("You are already on this case's team.");
}

/** An admin outside a restricted case's team adds themself to it; the team sees it in the case's history. */
export function joinTeamAsAdmin(db: Db, admin: TeamActor, caseId: number): void {
  db.transaction((tx) => {
    assertAdmin(admin);
    restrictedCaseOutsideTeam(tx, admin.id, caseId);
    tx.insert(caseTeamMembers).values({ caseId, userId: admin.id, addedBy: admin.id }).onConflictDoNothing().run();
    resolveOpenRequests(tx, caseId, admin.id, admin.id);
    tx.update(cases)
      .set({ version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId))
      .run();
    recordAudit(tx, { actorId: admin.id, action: "admin_joined_team", entityType: "case", entityId: caseId, caseId, details: {} });
  });
}

function resolveOpenRequests(tx: Tx, caseId: number, userId: number, resolvedBy: number) {
  tx.update(caseAccessRequests)
    .set({ resolvedAt: new Date().toISOString(), resolvedBy })
    .where(and(eq(caseAccessRequests.caseId, caseId), eq(caseAccessRequests.userId, userId), isNull(caseAccessRequests.resolvedAt)))
    .run();
}

/** An admin outside the team asks it for access; one open request per admin and case. */
export function requestCaseAccess(db: Db, admin: TeamActor, caseId: number, reason: string): void {
  db.transaction((tx) => {
    assertAdmin(admin);
    restrictedCaseOutsideTeam(tx, admin.id, caseId);
    const open = tx
      .select({ id: caseAccessRequests.id })
      .from(caseAccessRequests)
      .where(and(eq(caseAccessRequests.caseId, caseId), eq(caseAccessRequests.userId, admin.id), isNull(caseAccessRequests.resolvedAt)))
      .get();
    if (open) throw new DomainRuleError("You have already asked this case's team for access.");
    tx.insert(caseAccessRequests).values({ caseId, userId: admin.id, reason: reason.trim() }).run();
    recordAudit(tx, {
      actorId: admin.id,
      action: "access_requested",
      entityType: "case",
      entityId: caseId,
      caseId,
      details: { reason: reason.trim() },
    });
  });
}

/** Open access requests on a case, for its team (a reader who can see the case). */
export function listOpenAccessRequests(db: Db | Tx, reader: Reader, caseId: number) {
  assertVisibleCase(db, reader, caseId);
  return db
    .select({
      id: caseAccessRequests.id,
      userId: users.id,
      name: users.name,
      reason: caseAccessRequests.reason,
      requestedAt: caseAccessRequests.requestedAt,
    })
    .from(caseAccessRequests)
    .innerJoin(users, eq(users.id, caseAccessRequests.userId))
    .where(and(eq(caseAccessRequests.caseId, caseId), isNull(caseAccessRequests.resolvedAt)))
    .orderBy(asc(caseAccessRequests.requestedAt))
    .all();
}

/** Someone on the team grants (adds the requester to the team) or declines an open request. */
export function resolveAccessRequest(db: Db, actor: TeamActor, requestId: number, grant: boolean): void {
  db.transaction((tx) => {
    const request = tx.select().from(caseAccessRequests).where(eq(caseAccessRequests.id, requestId)).get();
    if (!request) throw new NotFoundError("That request does not exist.");
    assertVisibleCase(tx, { userId: actor.id, seesConfidential: true }, request.caseId);
    assertWriter(actor);
    if (request.resolvedAt) throw new DomainRuleError("That request has already been answered.");
    const requester = tx.select({ name: users.name }).from(users).where(eq(users.id, request.userId)).get();
    if (grant) {
      tx.insert(caseTeamMembers).values({ caseId: request.caseId, userId: request.userId, addedBy: actor.id }).onConflictDoNothing().run();
      tx.update(cases)
        .set({ version: sql`${cases.version} + 1` })
        .where(eq(cases.id, request.caseId))
        .run();
    }
    resolveOpenRequests(tx, request.caseId, request.userId, actor.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: grant ? "access_granted" : "access_declined",
      entityType: "case",
      entityId: request.caseId,
      caseId: request.caseId,
      details: { requester: requester?.name ?? "" },
    });
  });
}

export function countRestrictedCasesHiddenFrom(db: Db | Tx, reader: Reader): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(cases)
    .where(and(eq(cases.restricted, true), sql`NOT ${visible("case", "cases", reader)}`))
    .get();
  return row?.n ?? 0;
}

/**
 * What an admin outside their teams is told of restricted cases: each one's number and
 * whether they have an open request for it. Nothing of what is in the case.
 */
export function restrictedCasesHiddenFrom(db: Db | Tx, reader: Reader): { id: number; requestedAt: string | null }[] {
  return db
    .select({ id: cases.id, requestedAt: caseAccessRequests.requestedAt })
    .from(cases)
    .leftJoin(
      caseAccessRequests,
      and(eq(caseAccessRequests.caseId, cases.id), eq(caseAccessRequests.userId, reader.userId), isNull(caseAccessRequests.resolvedAt)),
    )
    .where(and(eq(cases.restricted, true), sql`NOT ${visible("case", "cases", reader)}`))
    .orderBy(asc(cases.id))
    .all();
}
