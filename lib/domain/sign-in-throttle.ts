/**
 * Sign-in throttling per email address: after MAX_FAILURES failed sign-ins within
 * FAILURE_WINDOW_MS, the address is locked for LOCK_MS. The same rule applies whether or
 * not an account has that address, so the lock reveals nothing about which accounts exist.
 */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export const LOCKED_MESSAGE = "Too many failed attempts for this account. Try again in 15 minutes.";

/** How far back failures can matter: a window that started a lock, plus the lock. */
export const THROTTLE_LOOKBACK_MS = FAILURE_WINDOW_MS + LOCK_MS;

export type LockState = { locked: false } | { locked: true; until: Date };

/**
 * Replays the failures (any order) in time order: whenever MAX_FAILURES fall within the
 * window, a lock starts at that failure and lasts LOCK_MS; failures during a lock do not
 * count, and the count starts afresh when the lock ends.
 */
export function lockStateAt(failures: readonly Date[], now: Date): LockState {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  let window: number[] = [];
  let lockedUntil = -Infinity;
  for (const t of times) {
    if (t > now.getTime()) break;
    if (t < lockedUntil) continue;
    window = window.filter((w) => t - w < FAILURE_WINDOW_MS);
    window.push(t);
    if (window.length >= MAX_FAILURES) {
      lockedUntil = t + LOCK_MS;
      window = [];
    }
  }
  return now.getTime() < lockedUntil ? { locked: true, until: new Date(lockedUntil) } : { locked: false };
}
