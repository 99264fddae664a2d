import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { createSignInChallenge, findSignInChallenge, takeSignInChallenge, type ChallengeStage } from "@/db/queries/two-factor";
import { SECOND_FACTOR_WAIT_MS } from "@/domain/two-factor";

/** A proved sign-in is handed to Auth.js within the same request; a minute is ample. */
const SESSION_TICKET_MS = 60_000;

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * A random token for a sign-in part done, for the browser (the code step's cookie) or for
 * Auth.js (the session ticket). Only its hash is stored, so the table cannot be replayed.
 */
export function issueSignInChallenge(db: Db, userId: number, stage: ChallengeStage, now = new Date()): string {
  const token = randomBytes(32).toString("base64url");
  const life = stage === "second_factor" ? SECOND_FACTOR_WAIT_MS : SESSION_TICKET_MS;
  createSignInChallenge(db, { tokenHash: tokenHash(token), userId, stage, expiresAt: new Date(now.getTime() + life) }, now);
  return token;
}

/** The user whose password was right and whose code is awaited, or null (expired, used, unknown). */
export function awaitingSecondFactor(db: Db, token: string, now = new Date()): number | null {
  return findSignInChallenge(db, tokenHash(token), "second_factor", now);
}

export function endSecondFactorWait(db: Db, token: string): void {
  takeSignInChallenge(db, tokenHash(token), "second_factor");
}

/** Auth.js's side: the user a session ticket was issued for, once. */
export function redeemSessionTicket(db: Db, token: string, now = new Date()): number | null {
  return takeSignInChallenge(db, tokenHash(token), "session", now);
}
