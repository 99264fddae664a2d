import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { readSessionToken } from "@/server/session-token";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { endSession, isSessionOpen, touchSession } from "@/db/queries/sessions";
import { canManageUsers, type Actor } from "@/domain/permissions";
import { sessionEpochRefusal } from "@/domain/session-rules";
import { isTwoFactorRequired } from "@/domain/two-factor";
import { hasTwoFactor } from "@/db/queries/two-factor";
import { readLockdown, readTwoFactorPolicy } from "@/db/queries/settings";
import { maySignIn } from "@/domain/lockdown";

/**
 * The signed-in user, read fresh from the database on every request so that a
 * deactivated account, a changed role or a changed password takes effect at once, and
 * whether the workspace requires a second factor this user has not set up yet.
 */
const readSignedInUser = cache(async (): Promise<{ actor: Actor; mustSetUpTwoFactor: boolean } | null> => {
  const session = await readSessionToken(await headers());
  if (!session) return null;
  const user = findUserById(getDb(), session.userId);
  if (!user || !user.active) return null;
  // A session opened before a password change or reset (or a deactivation) is over.
  if (sessionEpochRefusal({ issuedAt: session.issuedAt }, user.sessionsValidFrom)) return null;
  // Only a session recorded at sign-in and not ended since (signed out, or ended by its
  // user or an admin from elsewhere) is accepted, even if a copy of its cookie turns up.
  const db = getDb();
  // While the workspace is admins-only, nobody else is signed in (their sessions were ended too).
  if (!maySignIn(readLockdown(db), user.role)) return null;
  if (!session.sessionId || !isSessionOpen(db, session.sessionId, user.id)) return null;
  noteSessionSeen(session.sessionId);
  const mustSetUpTwoFactor = isTwoFactorRequired(readTwoFactorPolicy(db), user.role) && !hasTwoFactor(db, user.id);
  return { actor: { id: user.id, name: user.name, email: user.email, role: user.role }, mustSetUpTwoFactor };
});

/** When each session's last-seen time was last written by this process. */
const lastNoted = new Map<string, number>();
const NOTE_EVERY_MS = 60_000;

/** Moves a session's last-seen time on, at most once a minute, so its user sees it in use. */
function noteSessionSeen(sessionId: string, now = Date.now()): void {
  if (now - (lastNoted.get(sessionId) ?? 0) < NOTE_EVERY_MS) return;
  if (lastNoted.size > 10_000) lastNoted.clear();
  lastNoted.set(sessionId, now);
  touchSession(getDb(), sessionId, new Date(now));
}

/**
 * The signed-in user. Null when signed out, when the session is too old or idle
 * (server/session-token.ts), and while a required second factor is not set up: every
 * page, route and action then refuses them, except the set-up page and its actions,
 * which use getUserSettingUpTwoFactor.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const signedIn = await readSignedInUser();
  return signedIn && !signedIn.mustSetUpTwoFactor ? signedIn.actor : null;
});

/** The signed-in user, even one who must set up a second factor first: only for doing that. */
export async function getUserSettingUpTwoFactor(): Promise<Actor | null> {
  return (await readSignedInUser())?.actor ?? null;
}

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requirePageUser(): Promise<Actor> {
  const signedIn = await readSignedInUser();
  if (!signedIn) redirect("/signin");
  if (signedIn.mustSetUpTwoFactor) redirect(TWO_FACTOR_SETUP_PATH);
  return signedIn.actor;
}

/** Where a user the workspace requires a second factor of is sent until they set one up. */
const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

/** For the two-factor page and the layout around it: signed in, set up or not. */
export async function requirePageUserSettingUpTwoFactor(): Promise<Actor> {
  const user = await getUserSettingUpTwoFactor();
  if (!user) redirect("/signin");
  return user;
}

/** For admin pages: the signed-in admin; anyone else gets the 403 page. */
export async function requirePageAdmin(): Promise<Actor> {
  const user = await requirePageUser();
  if (!canManageUsers(user)) forbidden();
  return user;
}

/** Ends the current session on the server (the sign-out action also clears the cookie). */
export async function endCurrentSession(): Promise<void> {
  const session = await readSessionToken(await headers());
  if (session?.sessionId) endSession(getDb(), session.sessionId, session.userId);
}
