/**
 * Sign-in throttling, by two counts of the same failed attempts:
 * - per email address: 10 failures within 15 minutes lock that address for 15 minutes.
 *   The same rule applies whether or not an account has that address, so the lock reveals
 *   nothing about which accounts exist. Guessing one account's password is slow.
 * - per client address: 30 failures within 15 minutes lock that client address for 15
 *   minutes, whichever emails they were for. One password tried against many accounts
 *   (spraying) stays under every account's limit; this stops it after 30. The limit is
 *   three accounts' worth, so an office behind one address, where a few people mistype at
 *   once, is not locked out by ordinary mistakes.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const EMAIL_THROTTLE: ThrottleRule = { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const CLIENT_ADDRESS_THROTTLE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type LockScope = "account" | "client-address";

export const LOCKED_MESSAGES: Record<LockScope, string> = {
  account: "Too many failed attempts for this account. Try again in 15 minutes.",
  // Shown whatever email was typed, so it says nothing about any account.
  "client-address": "Too many failed sign-in attempts from your network. Try again in 15 minutes.",
};

/** How far back failures can matter under a rule: a window that started a lock, plus the lock. */
export function lookbackMs(rule: ThrottleRule): number {
  return rule.windowMs + rule.lockMs;
}

export type LockState = { locked: false } | { locked: true; until: Date };

/**
 * Replays the failures (any order) in time order: whenever `rule.maxFailures` fall within
 * the window, a lock starts at that failure and lasts `rule.lockMs`; failures during a lock
 * do not count, and the count starts afresh when the lock ends.
 */
export function lockStateAt(failures: readonly Date[], now: Date, rule: ThrottleRule): LockState {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  let window: number[] = [];
  let lockedUntil = -Infinity;
  for (const t of times) {
    if (t > now.getTime()) break;
    if (t < lockedUntil) continue;
    window = window.filter((w) => t - w < rule.windowMs);
    window.push(t);
    if (window.length >= rule.maxFailures) {
      lockedUntil = t + rule.lockMs;
      window = [];
    }
  }
  return now.getTime() < lockedUntil ? { locked: true, until: new Date(lockedUntil) } : { locked: false };
}
