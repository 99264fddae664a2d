import { and, eq, gte, lt, or } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { signInFailures } from "../schema";
import {
  CLIENT_ADDRESS_THROTTLE,
  EMAIL_THROTTLE,
  lockStateAt,
  lookbackMs,
  type LockScope,
  type ThrottleRule,
} from "../../domain/sign-in-throttle";

// The failed attempts behind sign-in throttling: one row per failure, counted once per
// email (sign-in and the current-password check) and once per client address (sign-in).

export type Lock = { scope: LockScope; until: Date };

function lockUntil(
  db: Db | Tx,
  column: typeof signInFailures.email | typeof signInFailures.clientAddress,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Date | null {
  const since = new Date(now.getTime() - lookbackMs(rule)).toISOString();
  const rows = db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(column, key), gte(signInFailures.at, since)))
    .all();
  const state = lockStateAt(
    rows.map((r) => new Date(r.at)),
    now,
    rule,
  );
  return state.locked ? state.until : null;
}

/**
 * The lock that refuses an attempt for this email from this client address at `now`, or
 * null. The client address's comes first: its message is the same whatever email was
 * typed. `clientAddress` null (unknown) is throttled per email only.
 */
export function currentLock(db: Db | Tx, email: string, clientAddress: string | null, now: Date): Lock | null {
  if (clientAddress) {
    const until = lockUntil(db, signInFailures.clientAddress, clientAddress, CLIENT_ADDRESS_THROTTLE, now);
    if (until) return { scope: "client-address", until };
  }
  const until = lockUntil(db, signInFailures.email, email.toLowerCase(), EMAIL_THROTTLE, now);
  return until ? { scope: "account", until } : null;
}

/**
 * Checks the locks and, when there is none, counts this attempt as a failure until it is
 * shown to have succeeded. Both happen in one synchronous transaction, before the (slow,
 * asynchronous) password check: attempts fired in parallel each see the ones before them,
 * so they cannot all slip in under a limit. Rows too old to matter for this email or
 * address are deleted on the way, so the table keeps no address longer than needed.
 */
export function reserveAttempt(db: Db, email: string, clientAddress: string | null, now: Date): Lock | null {
  const address = email.toLowerCase();
  return db.transaction((tx) => {
    const lock = currentLock(tx, address, clientAddress, now);
    if (lock) return lock;
    const expired = new Date(now.getTime() - Math.max(lookbackMs(EMAIL_THROTTLE), lookbackMs(CLIENT_ADDRESS_THROTTLE))).toISOString();
    tx.delete(signInFailures)
      .where(
        and(
          lt(signInFailures.at, expired),
          clientAddress
            ? or(eq(signInFailures.email, address), eq(signInFailures.clientAddress, clientAddress))
            : eq(signInFailures.email, address),
        ),
      )
      .run();
    tx.insert(signInFailures).values({ email: address, clientAddress, at: now.toISOString() }).run();
    return null;
  });
}

/**
 * Forgets an email's failures (its password was proved or reset), and says how many there
 * were and whether they held a lock. This also takes them off the counts of the addresses
 * they came from: someone spraying gains one attempt per account that signs in meanwhile.
 */
export function clearEmailFailures(tx: Db | Tx, email: string, now: Date = new Date()): { cleared: number; wasLocked: boolean } {
  const address = email.toLowerCase();
  const wasLocked = lockUntil(tx, signInFailures.email, address, EMAIL_THROTTLE, now) !== null;
  const { changes } = tx.delete(signInFailures).where(eq(signInFailures.email, address)).run();
  return { cleared: changes, wasLocked };
}
