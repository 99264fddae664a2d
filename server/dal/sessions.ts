import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import {
  dismissSignInNotices,
  endEveryonesSessions as endAllOpenSessions,
  endUserSessions,
  listNewBrowserSignIns as readNewBrowserSignIns,
  listOpenSessions,
  listSignInNotices,
  recordSessionStart,
  type SessionRow,
} from "@/db/queries/sessions";
import { assertCanManageUsers, assertCanRead, type Actor } from "@/domain/permissions";
import { NotFoundError } from "@/domain/errors";
import { sessionLimits } from "@/domain/session-rules";
import { readSessionToken } from "@/server/session-token";
import { browserName } from "@/server/views/browser-name";
import { readEnv } from "@/env";

export interface SessionView {
  id: string;
  startedAt: string;
  lastSeenAt: string;
  browser: string;
  clientAddress: string | null;
  current: boolean;
}

function hashBrowserId(browser: string): string {
  return createHash("sha256").update(`vigil-browser:${browser}`).digest("hex");
}

/**
 * Records a session the credentials provider is about to open, and returns its id (the
 * cookie carries it). Called only after the password (and code) were right.
 */
export function startSession(start: {
  userId: number;
  userAgent: string | null;
  clientAddress: string | null;
  browser: string | null;
}): string {
  const id = crypto.randomUUID();
  recordSessionStart(getDb(), {
    id,
    userId: start.userId,
    userAgent: start.userAgent?.slice(0, 500) ?? null,
    clientAddress: start.clientAddress,
    browserHash: start.browser ? hashBrowserId(start.browser) : null,
  });
  return id;
}

/** The id of the session this request is made with. */
async function currentSessionId(): Promise<string | null> {
  return (await readSessionToken(await headers()))?.sessionId ?? null;
}

function openSessionsOf(userId: number): SessionRow[] {
  const db = getDb();
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError("This user does not exist.");
  const limits = sessionLimits(readEnv());
  return listOpenSessions(db, userId, { now: new Date(), ...limits, validFrom: user.sessionsValidFrom });
}

function toView(row: SessionRow, current: string | null): SessionView {
  return {
    id: row.id,
    startedAt: row.startedAt,
    lastSeenAt: row.lastSeenAt,
    browser: browserName(row.userAgent),
    clientAddress: row.clientAddress,
    current: row.id === current,
  };
}

/** The signed-in user's open sessions, this one first. */
export async function listMySessions(actor: Actor | null): Promise<SessionView[]> {
  assertCanRead(actor);
  const current = await currentSessionId();
  return openSessionsOf(actor.id)
    .map((row) => toView(row, current))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the signed-in user's other sessions; this one ends by signing out. */
export async function endMySession(actor: Actor | null, sessionId: string): Promise<boolean> {
  assertCanRead(actor);
  if (sessionId === (await currentSessionId())) return false;
  return endUserSessions(getDb(), actor.id, actor.id, { ids: [sessionId] }) > 0;
}

/** Ends every session of the signed-in user but this one; how many there were. */
export async function endMyOtherSessions(actor: Actor | null): Promise<number> {
  assertCanRead(actor);
  return endUserSessions(getDb(), actor.id, actor.id, { allBut: await currentSessionId() });
}

/** A user's open sessions, for an admin. */
export async function listUserSessions(actor: Actor | null, userId: number): Promise<SessionView[]> {
  assertCanManageUsers(actor);
  const current = await currentSessionId();
  return openSessionsOf(userId).map((row) => toView(row, current));
}

/** Ends all of a user's sessions (an admin's own: all but the one in use). */
export async function endAllSessionsOf(actor: Actor | null, userId: number): Promise<number> {
  assertCanManageUsers(actor);
  if (!findUserById(getDb(), userId)) throw new NotFoundError("This user does not exist.");
  const keep = userId === actor.id ? await currentSessionId() : null;
  return endUserSessions(getDb(), actor.id, userId, { allBut: keep });
}

/** Ends every session in the workspace but the admin's own, e.g. after a device was seized. */
export async function endEveryonesSessions(actor: Actor | null): Promise<number> {
  assertCanManageUsers(actor);
  return endAllOpenSessions(getDb(), actor.id, await currentSessionId());
}

export interface SignInNoticeView {
  id: string;
  startedAt: string;
  browser: string;
  clientAddress: string | null;
}

/** Sign-ins to this account from browsers it had not used before, until set aside. */
export async function getSignInNotices(actor: Actor): Promise<SignInNoticeView[]> {
  const current = await currentSessionId();
  return listSignInNotices(getDb(), actor.id, current ?? "").map((n) => ({
    id: n.id,
    startedAt: n.startedAt,
    browser: browserName(n.userAgent),
    clientAddress: n.clientAddress,
  }));
}

export function dismissMySignInNotices(actor: Actor | null): number {
  assertCanRead(actor);
  return dismissSignInNotices(getDb(), actor.id);
}

/** The latest sign-ins from browsers new to their account, across the workspace. */
export function listNewBrowserSignIns(actor: Actor | null) {
  assertCanManageUsers(actor);
  return readNewBrowserSignIns(getDb(), 50).map(({ userAgent, ...row }) => ({ ...row, browser: browserName(userAgent) }));
}
