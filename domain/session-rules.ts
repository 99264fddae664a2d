/**
 * When a signed-in session stops being accepted. Pure rules, checked on every request
 * against the user freshly read from the database.
 */
export interface SessionTimes {
  /** When the session was opened (ms since the epoch); missing on sessions from older versions. */
  issuedAt?: number;
  /** The last request made with the session (ms since the epoch). */
  lastSeen?: number;
}

export interface SessionLimits {
  maxAgeMs: number;
  idleMs: number;
}

export type SessionRefusal = "revoked" | "expired" | "idle" | null;

/** The limits from the configuration's VIGIL_SESSION_MAX_HOURS and VIGIL_SESSION_IDLE_MINUTES (env.ts). */
export function sessionLimits(env: { VIGIL_SESSION_MAX_HOURS: number; VIGIL_SESSION_IDLE_MINUTES: number }): SessionLimits {
  return { maxAgeMs: env.VIGIL_SESSION_MAX_HOURS * 3_600_000, idleMs: env.VIGIL_SESSION_IDLE_MINUTES * 60_000 };
}

/** Idle and absolute expiry: needs only the session itself. */
export function sessionTimeRefusal(session: SessionTimes, now: number, limits: SessionLimits): SessionRefusal {
  if (session.issuedAt !== undefined && now - session.issuedAt > limits.maxAgeMs) return "expired";
  if (session.lastSeen !== undefined && now - session.lastSeen > limits.idleMs) return "idle";
  return null;
}

/**
 * A session opened before the user's sessions-valid-from time (set by a password change or
 * reset, or a deactivation) is refused. A session without an issue time counts as opened
 * at the start of time, so it is refused once any such change has happened.
 */
export function sessionEpochRefusal(session: SessionTimes, sessionsValidFrom: string | null): SessionRefusal {
  if (!sessionsValidFrom) return null;
  const from = Date.parse(sessionsValidFrom);
  if (Number.isNaN(from)) return null;
  return (session.issuedAt ?? 0) < from ? "revoked" : null;
}
