import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { readSessionToken } from "@/server/session-token";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { endSession, isSessionEnded } from "@/db/queries/sessions";
import { canManageUsers, type Actor } from "@/domain/permissions";
import { sessionEpochRefusal } from "@/domain/session-rules";

/**
 * The signed-in user, read fresh from the database on every request so that a
 * deactivated account, a changed role or a changed password takes effect at once.
 * Null when signed out, or when the session is too old or idle (server/session-token.ts).
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await readSessionToken(await headers());
  if (!session) return null;
  const user = findUserById(getDb(), session.userId);
  if (!user || !user.active) return null;
  // A session opened before a password change or reset (or a deactivation) is over.
  if (sessionEpochRefusal({ issuedAt: session.issuedAt }, user.sessionsValidFrom)) return null;
  // A signed-out session stays over, even if a copy of its cookie turns up again.
  if (session.sessionId && isSessionEnded(getDb(), session.sessionId)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requirePageUser(): Promise<Actor> {
  const user = await getCurrentUser();
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
