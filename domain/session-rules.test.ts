import { describe, expect, it } from "vitest";
import { sessionEpochRefusal, sessionLimits, sessionTimeRefusal } from "./session-rules";

const limits = { maxAgeMs: 12 * 3_600_000, idleMs: 30 * 60_000 };
const now = Date.parse("2026-03-01T12:00:00Z");

describe("session epoch", () => {
  it("refuses a session issued before the password change", () => {
    expect(sessionEpochRefusal({ issuedAt: now - 1000 }, new Date(now).toISOString())).toBe("revoked");
  });

  it("accepts a session issued after (or at) the change", () => {
    expect(sessionEpochRefusal({ issuedAt: now }, new Date(now).toISOString())).toBeNull();
    expect(sessionEpochRefusal({ issuedAt: now + 5000 }, new Date(now).toISOString())).toBeNull();
  });

  it("accepts any session when the password was never changed", () => {
    expect(sessionEpochRefusal({ issuedAt: 1 }, null)).toBeNull();
  });

  it("refuses a session without an issue time once the password has changed", () => {
    expect(sessionEpochRefusal({}, new Date(now).toISOString())).toBe("revoked");
  });
});

describe("session expiry", () => {
  it("ends a session idle for more than 30 minutes", () => {
    expect(sessionTimeRefusal({ issuedAt: now - 3_600_000, lastSeen: now - 31 * 60_000 }, now, limits)).toBe("idle");
    expect(sessionTimeRefusal({ issuedAt: now - 3_600_000, lastSeen: now - 29 * 60_000 }, now, limits)).toBeNull();
  });

  it("ends a session 12 hours after sign-in, however active", () => {
    expect(sessionTimeRefusal({ issuedAt: now - 12 * 3_600_000 - 1, lastSeen: now - 1000 }, now, limits)).toBe("expired");
  });

  it("reads the limits from the environment, with defaults", () => {
    expect(sessionLimits({ VIGIL_SESSION_MAX_HOURS: 12, VIGIL_SESSION_IDLE_MINUTES: 30 })).toEqual(limits);
    expect(sessionLimits({ VIGIL_SESSION_IDLE_MINUTES: 5, VIGIL_SESSION_MAX_HOURS: 8 })).toEqual({
      maxAgeMs: 8 * 3_600_000,
      idleMs: 5 * 60_000,
    });
  });
});
