import { and, desc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { userSessions, users } from "../schema";
import { preparedPerConnection } from "../prepared";

export interface SessionStart {
  id: string;
  userId: number;
  userAgent: string | null;
  clientAddress: string | null;
  browserHash: string | null;
}

/**
 * Records a new session. It counts as from a new browser when the account has signed in
 * before, but never from this browser: the first sign-in of an account is not news.
 */
export function recordSessionStart(db: Db, start: SessionStart): { newBrowser: boolean } {
  return db.transaction((tx) => {
    const earlier = tx.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, start.userId)).limit(1).get();
    const sameBrowser = start.browserHash
      ? tx
          .select({ id: userSessions.id })
          .from(userSessions)
          .where(and(eq(userSessions.userId, start.userId), eq(userSessions.browserHash, start.browserHash)))
          .limit(1)
          .get()
      : undefined;
    const newBrowser = Boolean(earlier) && !sameBrowser;
    tx.insert(userSessions)
      .values({ ...start, newBrowser })
      .run();
    return { newBrowser };
  });
}

// Run on every request.
const sessionState = preparedPerConnection((db) =>
  db
    .select({ userId: userSessions.userId, endedAt: userSessions.endedAt })
    .from(userSessions)
    .where(eq(userSessions.id, sql.placeholder("id")))
    .prepare(),
);

/** Whether the session is open: recorded for this user and not ended. */
export function isSessionOpen(db: Db, id: string, userId: number): boolean {
  const row = sessionState(db).get({ id });
  return Boolean(row && row.userId === userId && row.endedAt === null);
}

const touch = preparedPerConnection((db) =>
  db
    .update(userSessions)
    .set({ lastSeenAt: sql`${sql.placeholder("at")}` })
    .where(eq(userSessions.id, sql.placeholder("id")))
    .prepare(),
);

export function touchSession(db: Db, id: string, at: Date): void {
  touch(db).run({ id, at: at.toISOString() });
}

/** Signing out: ends the session, so its cookie is refused from now on. */
export function endSession(db: Db, id: string, userId: number): void {
  db.transaction((tx) => {
    tx.update(userSessions)
      .set({ endedAt: new Date().toISOString(), endedBy: userId })
      .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
      .run();
    recordAudit(tx, { actorId: userId, action: "sign_out", entityType: "user", entityId: userId });
  });
}

/** How long a session may live and idle, and from when the user's sessions count at all. */
export interface OpenSessionLimits {
  now: Date;
  maxAgeMs: number;
  idleMs: number;
  /** The user's sessions-valid-from time (a password change or reset): sessions before it are over. */
  validFrom: string | null;
}

/** Last seen is written once a minute, so an open session may look this much idler than it is. */
const LAST_SEEN_SLACK_MS = 2 * 60_000;

function openFor(userId: number, limits: OpenSessionLimits) {
  const startedAfter = new Date(limits.now.getTime() - limits.maxAgeMs).toISOString();
  const seenAfter = new Date(limits.now.getTime() - limits.idleMs - LAST_SEEN_SLACK_MS).toISOString();
  return and(
    eq(userSessions.userId, userId),
    isNull(userSessions.endedAt),
    gt(userSessions.startedAt, limits.validFrom && limits.validFrom > startedAfter ? limits.validFrom : startedAfter),
    gt(userSessions.lastSeenAt, seenAfter),
  );
}

const SESSION_COLUMNS = {
  id: userSessions.id,
  startedAt: userSessions.startedAt,
  lastSeenAt: userSessions.lastSeenAt,
  userAgent: userSessions.userAgent,
  clientAddress: userSessions.clientAddress,
  newBrowser: userSessions.newBrowser,
};

export type SessionRow = { [K in keyof typeof SESSION_COLUMNS]: (typeof userSessions.$inferSelect)[K] };

/** A user's open sessions, most recently used first. */
export function listOpenSessions(db: Db, userId: number, limits: OpenSessionLimits): SessionRow[] {
  return db.select(SESSION_COLUMNS).from(userSessions).where(openFor(userId, limits)).orderBy(desc(userSessions.lastSeenAt)).all();
}

export type EndWhich = { ids: string[] } | { allBut: string | null };

/**
 * Ends some of a user's sessions (by id, or all but one, or all), audited as done by the
 * actor. Returns how many were open.
 */
export function endUserSessions(db: Db, actorId: number, userId: number, which: EndWhich): number {
  return db.transaction((tx) => {
    const chosen =
      "ids" in which
        ? inArray(userSessions.id, which.ids.length ? which.ids : [""])
        : which.allBut
          ? ne(userSessions.id, which.allBut)
          : undefined;
    const ended = tx
      .update(userSessions)
      .set({ endedAt: new Date().toISOString(), endedBy: actorId })
      .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), chosen))
      .run().changes;
    if (ended > 0) {
      recordAudit(tx, {
        actorId,
        action: "sessions_ended",
        entityType: "user",
        entityId: userId,
        details: { sessions: ended, ...("allBut" in which ? { which: which.allBut ? "all others" : "all" } : {}) },
      });
    }
    return ended;
  });
}

/** An emergency: ends every open session but the actor's own. */
export function endEveryonesSessions(db: Db, actorId: number, keep: string | null): number {
  return db.transaction((tx) => {
    const ended = tx
      .update(userSessions)
      .set({ endedAt: new Date().toISOString(), endedBy: actorId })
      .where(and(isNull(userSessions.endedAt), keep ? ne(userSessions.id, keep) : undefined))
      .run().changes;
    recordAudit(tx, { actorId, action: "all_sessions_ended", entityType: "user", entityId: actorId, details: { sessions: ended } });
    return ended;
  });
}

export interface SignInNotice {
  id: string;
  startedAt: string;
  userAgent: string | null;
  clientAddress: string | null;
}

// Run on every page, for the notice in the layout.
const signInNotices = preparedPerConnection((db) =>
  db
    .select({
      id: userSessions.id,
      startedAt: userSessions.startedAt,
      userAgent: userSessions.userAgent,
      clientAddress: userSessions.clientAddress,
    })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, sql.placeholder("userId")),
        eq(userSessions.newBrowser, true),
        isNull(userSessions.noticeDismissedAt),
        ne(userSessions.id, sql.placeholder("current")),
      ),
    )
    .orderBy(desc(userSessions.startedAt))
    .limit(5)
    .prepare(),
);

/** Sign-ins from browsers new to the account, not yet set aside, other than the current session. */
export function listSignInNotices(db: Db, userId: number, currentId: string): SignInNotice[] {
  return signInNotices(db).all({ userId, current: currentId });
}

export function dismissSignInNotices(db: Db, userId: number): number {
  return db
    .update(userSessions)
    .set({ noticeDismissedAt: new Date().toISOString() })
    .where(and(eq(userSessions.userId, userId), eq(userSessions.newBrowser, true), isNull(userSessions.noticeDismissedAt)))
    .run().changes;
}

export interface NewBrowserSignIn extends SignInNotice {
  userId: number;
  userName: string;
  userEmail: string;
  endedAt: string | null;
}

/** The latest sign-ins from browsers new to their account, across all users, for admins. */
export function listNewBrowserSignIns(db: Db, limit: number): NewBrowserSignIn[] {
  return db
    .select({
      id: userSessions.id,
      startedAt: userSessions.startedAt,
      userAgent: userSessions.userAgent,
      clientAddress: userSessions.clientAddress,
      endedAt: userSessions.endedAt,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.newBrowser, true))
    .orderBy(desc(userSessions.startedAt))
    .limit(limit)
    .all();
}

/** Ends every open session of a user who is not an admin (the workspace going admins-only). */
export function endNonAdminSessions(db: Db, actorId: number): number {
  return db
    .update(userSessions)
    .set({ endedAt: new Date().toISOString(), endedBy: actorId })
    .where(
      and(
        isNull(userSessions.endedAt),
        inArray(userSessions.userId, db.select({ id: users.id }).from(users).where(ne(users.role, "admin"))),
      ),
    )
    .run().changes;
}
