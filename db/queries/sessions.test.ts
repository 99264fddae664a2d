import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents } from "../schema";
import { setupDb } from "./test-fixtures";
import {
  dismissSignInNotices,
  endEveryonesSessions,
  endSession,
  endUserSessions,
  isSessionOpen,
  listNewBrowserSignIns,
  listOpenSessions,
  listSignInNotices,
  recordSessionStart,
  touchSession,
} from "./sessions";

const HOUR = 3_600_000;

function start(db: ReturnType<typeof setupDb>["db"], userId: number, id: string, browserHash: string | null) {
  return recordSessionStart(db, { id, userId, userAgent: "Firefox", clientAddress: "203.0.113.7", browserHash });
}

function limits(now = new Date(), validFrom: string | null = null) {
  return { now, maxAgeMs: 12 * HOUR, idleMs: HOUR, validFrom };
}

describe("recording sessions", () => {
  it("calls a sign-in new only when the account signed in before, but never from this browser", () => {
    const { db, campaigner } = setupDb();
    expect(start(db, campaigner.id, "s1", "laptop")).toEqual({ newBrowser: false });
    expect(start(db, campaigner.id, "s2", "laptop")).toEqual({ newBrowser: false });
    expect(start(db, campaigner.id, "s3", "phone")).toEqual({ newBrowser: true });
    expect(start(db, campaigner.id, "s4", null)).toEqual({ newBrowser: true });
  });

  it("accepts a session only for its own user and until it is ended", () => {
    const { db, campaigner, viewer } = setupDb();
    start(db, campaigner.id, "s1", "laptop");
    expect(isSessionOpen(db, "s1", campaigner.id)).toBe(true);
    expect(isSessionOpen(db, "s1", viewer.id)).toBe(false);
    expect(isSessionOpen(db, "never-recorded", campaigner.id)).toBe(false);
    endSession(db, "s1", campaigner.id);
    expect(isSessionOpen(db, "s1", campaigner.id)).toBe(false);
  });
});

describe("listing open sessions", () => {
  it("leaves out ended, idle, too old and revoked sessions", () => {
    const { db, campaigner } = setupDb();
    start(db, campaigner.id, "open", "a");
    start(db, campaigner.id, "ended", "a");
    start(db, campaigner.id, "idle", "a");
    endSession(db, "ended", campaigner.id);
    touchSession(db, "idle", new Date(Date.now() - 2 * HOUR));
    expect(listOpenSessions(db, campaigner.id, limits()).map((s) => s.id)).toEqual(["open"]);
    // Thirteen hours on, every one is past the absolute limit.
    expect(listOpenSessions(db, campaigner.id, { ...limits(new Date(Date.now() + 13 * HOUR)), idleMs: 24 * HOUR })).toEqual([]);
    // A password change moves the user's sessions-valid-from time past them all.
    expect(listOpenSessions(db, campaigner.id, limits(new Date(), new Date(Date.now() + 1000).toISOString()))).toEqual([]);
  });
});

describe("ending sessions", () => {
  it("ends chosen sessions, or all but one, of one user only, and audits who did it", () => {
    const { db, campaigner, viewer } = setupDb();
    for (const id of ["c1", "c2", "c3"]) start(db, campaigner.id, id, "a");
    start(db, viewer.id, "v1", "b");
    expect(endUserSessions(db, campaigner.id, campaigner.id, { ids: ["c1", "v1"] })).toBe(1);
    expect(isSessionOpen(db, "v1", viewer.id)).toBe(true);
    expect(endUserSessions(db, campaigner.id, campaigner.id, { allBut: "c3" })).toBe(1);
    expect(isSessionOpen(db, "c3", campaigner.id)).toBe(true);
    expect(isSessionOpen(db, "c2", campaigner.id)).toBe(false);
    const audited = db.select().from(auditEvents).where(eq(auditEvents.action, "sessions_ended")).all();
    expect(audited.map((e) => [e.actorId, e.entityId])).toEqual([
      [campaigner.id, campaigner.id],
      [campaigner.id, campaigner.id],
    ]);
  });

  it("ends everyone's sessions but the one kept", () => {
    const { db, campaigner, viewer } = setupDb();
    start(db, campaigner.id, "keep", "a");
    start(db, campaigner.id, "c2", "a");
    start(db, viewer.id, "v1", "b");
    expect(endEveryonesSessions(db, campaigner.id, "keep")).toBe(2);
    expect(["keep", "c2", "v1"].map((id) => isSessionOpen(db, id, id === "v1" ? viewer.id : campaigner.id))).toEqual([true, false, false]);
  });
});

describe("new-browser notices", () => {
  it("shows a new-browser sign-in to the user's other sessions until set aside, and lists it for admins", () => {
    const { db, campaigner } = setupDb();
    start(db, campaigner.id, "laptop", "a");
    start(db, campaigner.id, "phone", "b");
    expect(listSignInNotices(db, campaigner.id, "laptop").map((n) => n.id)).toEqual(["phone"]);
    // Not to the session that is itself the new sign-in.
    expect(listSignInNotices(db, campaigner.id, "phone")).toEqual([]);
    expect(listNewBrowserSignIns(db, 10).map((s) => [s.id, s.userEmail])).toEqual([["phone", "c@example.org"]]);
    expect(dismissSignInNotices(db, campaigner.id)).toBe(1);
    expect(listSignInNotices(db, campaigner.id, "laptop")).toEqual([]);
  });
});
