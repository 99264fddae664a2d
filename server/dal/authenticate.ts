import "server-only";
import { getDb } from "@/db/client";
import { attemptSignIn, type SignInResult } from "@/server/sign-in";
import { currentLock, type Lock } from "@/db/queries/sign-in-failures";
import { signInSchema } from "@/domain/schemas/user";
import { findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { attemptSecondFactor, type SecondFactorResult } from "@/server/second-factor-sign-in";
import { awaitingSecondFactor, issueSignInChallenge, redeemSessionTicket } from "@/server/two-factor/challenges";

/**
 * Checks an email and password (see attemptSignIn: throttled per email and per client
 * address, the same answer and timing for an unknown email and a wrong password, every
 * attempt audited). `clientAddress` comes from server/client-address.ts.
 */
export async function authenticate(email: unknown, password: unknown, clientAddress: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return { kind: "invalid" };
  return attemptSignIn(getDb(), { ...parsed.data, clientAddress });
}

/** The lock that would refuse signing in now, if any (checked first, to say so clearly). */
export function signInLock(email: string, clientAddress: string | null): Lock | null {
  return currentLock(getDb(), email, clientAddress, new Date());
}

export type SignInStep =
  | { kind: "session"; ticket: string }
  | { kind: "code"; waitToken: string }
  | { kind: "invalid" }
  | ({ kind: "locked" } & Lock);

/**
 * The password step of signing in through Vigil's form. "session": hand `ticket` to
 * Auth.js's credentials provider, which opens the session. "code": the account has an
 * authenticator; the browser keeps `waitToken` until it sends the code.
 */
export async function beginSignIn(email: string, password: string, clientAddress: string | null): Promise<SignInStep> {
  const db = getDb();
  const result = await attemptSignIn(db, { email, password, clientAddress });
  if (result.kind === "ok") return { kind: "session", ticket: issueSignInChallenge(db, result.user.id, "session") };
  if (result.kind === "second_factor") return { kind: "code", waitToken: issueSignInChallenge(db, result.user.id, "second_factor") };
  return result;
}

export type CodeStep = { kind: "session"; ticket: string } | Exclude<SecondFactorResult, { kind: "ok" }>;

/** The code step: a right code turns the wait into a session ticket. */
export function finishSignInWithCode(waitToken: string, code: string, clientAddress: string | null): CodeStep {
  const db = getDb();
  const result = attemptSecondFactor(db, { waitToken, code, clientAddress });
  if (result.kind === "ok") return { kind: "session", ticket: issueSignInChallenge(db, result.user.id, "session") };
  return result;
}

/** Whether a sign-in is waiting for this browser's code (the code page asks, to show its form). */
export function isWaitingForCode(waitToken: string | undefined): boolean {
  return Boolean(waitToken && awaitingSecondFactor(getDb(), waitToken));
}

/**
 * A fresh session for someone who proved who they are while signed in (a password change
 * ends every session, the current one too).
 */
export function reissueSessionTicket(userId: number): string {
  return issueSignInChallenge(getDb(), userId, "session");
}

/** Auth.js's side of a ticket: the active user it was issued for, once, or null. */
export function redeemSignInTicket(ticket: unknown): User | null {
  if (typeof ticket !== "string" || ticket.length > 100) return null;
  const db = getDb();
  const userId = redeemSessionTicket(db, ticket);
  const user = userId ? findUserById(db, userId) : undefined;
  return user?.active ? user : null;
}
