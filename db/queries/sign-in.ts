import { and, eq, gte } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit, type Tx } from "../audit";
import { signInFailures, type User } from "../schema";
import { findUserByEmail } from "./users";
import { dummyPasswordHash, verifyPassword } from "../../lib/domain/password";
import { lockStateAt, THROTTLE_LOOKBACK_MS, type LockState } from "../../lib/domain/sign-in-throttle";

/** Whether this email address is locked out at `now` after repeated failed sign-ins. */
export function signInLockState(db: Db | Tx, email: string, now: Date = new Date()): LockState {
  const since = new Date(now.getTime() - THROTTLE_LOOKBACK_MS).toISOString();
  const rows = db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email.toLowerCase()), gte(signInFailures.at, since)))
    .all();
  return lockStateAt(
    rows.map((r) => new Date(r.at)),
    now,
  );
}

export type SignInResult = { kind: "ok"; user: User } | { kind: "invalid" } | { kind: "locked"; until: Date };

/**
 * Checks an email and password, with throttling per email address. An unknown email is
 * verified against a dummy hash, so a wrong password and an unknown address take the same
 * time, count towards the same lock and get the same answer. A locked address is refused
 * without looking at the password. Every attempt is audited.
 */
export async function attemptSignIn(db: Db, email: string, password: string, now: () => Date = () => new Date()): Promise<SignInResult> {
  const address = email.toLowerCase();
  const user = findUserByEmail(db, address);
  // Checking the lock and counting this attempt happen in one synchronous transaction,
  // before the (slow, asynchronous) password check: attempts fired in parallel each see
  // the ones before them, so they cannot all slip in under the limit. The attempt is
  // counted as a failure until it succeeds.
  const lock = db.transaction((tx) => {
    const at = now();
    const state = signInLockState(tx, address, at);
    if (!state.locked) tx.insert(signInFailures).values({ email: address, at: at.toISOString() }).run();
    return state;
  });
  if (lock.locked) {
    recordAudit(db, {
      actorId: user?.id ?? null,
      action: "sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      details: { email: address, reason: "locked" },
    });
    return { kind: "locked", until: lock.until };
  }
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const success = Boolean(user && user.active && ok);
  db.transaction((tx) => {
    if (success) tx.delete(signInFailures).where(eq(signInFailures.email, address)).run();
    recordAudit(tx, {
      actorId: user?.id ?? null,
      action: success ? "sign_in" : "sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      details: success ? {} : { email: address },
    });
  });
  return success ? { kind: "ok", user: user! } : { kind: "invalid" };
}
