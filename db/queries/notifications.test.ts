import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, asks, caseTeamMembers, caseWatchers, notifications, users } from "../schema";
import { insertUser } from "./users";
import { insertAsk } from "./asks";
import { insertOutcome } from "./outcomes";
import { recordStatusChange } from "./case-writes";
import { testCase } from "../test/fixtures";
import { archiveCase, deleteArchivedCase } from "./case-archive";
import { getCaseFollowing, listOwnerCandidates, reassignCase, setCaseWatching } from "./case-following";
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from "./notifications";
import { insertOfficial, restrictCaseTo, setupDb } from "./test-fixtures";
import type { Reader } from "../visibility";
import { StaleVersionError } from "../../domain/errors";

function team() {
  const ctx = setupDb();
  const colleague = insertUser(ctx.db, null, { email: "k@example.org", name: "Kofi", role: "campaigner", passwordHash: "x" });
  const admin = insertUser(ctx.db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" });
  const readerOf = (user: { id: number; role: string }): Reader => ({ userId: user.id, seesConfidential: user.role !== "viewer" });
  const official = insertOfficial(ctx.db, ctx.campaigner.id, "Jane Doe", "Minister");
  const logAsk = (actorId: number, confidential = false) =>
    insertAsk(ctx.db, actorId, ctx.kase.id, {
      official: { kind: "existing", id: official.id },
      text: "Raise his release",
      channel: "meeting",
      madeOn: "2026-11-30",
      ownerId: actorId,
      followUpOn: null,
      status: "made",
      confidential,
    });
  const logOutcome = (actorId: number, confidential = false) =>
    insertOutcome(ctx.db, actorId, ctx.kase.id, {
      type: "public_statement",
      occurredOn: "2026-11-30",
      description: "Raised in parliament",
      askId: null,
      sourceIds: [],
      moveCaseToReleased: false,
      confidential,
    });
  return { ...ctx, colleague, admin, readerOf, logAsk, logOutcome };
}

describe("watching a case", () => {
  it("its owner watches it from the start; anyone who can see it can watch and stop", () => {
    const { db, campaigner, viewer, kase, readerOf } = team();
    expect(getCaseFollowing(db, readerOf(campaigner), kase.id)).toMatchObject({ owner: { name: "Carla" }, watching: true });
    expect(getCaseFollowing(db, readerOf(viewer), kase.id)?.watching).toBe(false);
    expect(setCaseWatching(db, readerOf(viewer), kase.id, true)).toBe(true);
    expect(setCaseWatching(db, readerOf(viewer), kase.id, true)).toBe(false);
    expect(getCaseFollowing(db, readerOf(viewer), kase.id)?.watchers.map((w) => w.name)).toEqual(["Carla", "Vic"]);
    expect(setCaseWatching(db, readerOf(viewer), kase.id, false)).toBe(true);
    expect(getCaseFollowing(db, readerOf(viewer), kase.id)?.watching).toBe(false);
  });

  it("a restricted case cannot be watched, nor its watchers listed, by anyone off its team", () => {
    const { db, campaigner, colleague, kase, readerOf } = team();
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    expect(() => setCaseWatching(db, readerOf(colleague), kase.id, true)).toThrow("That case does not exist.");
    expect(getCaseFollowing(db, readerOf(colleague), kase.id)).toBeNull();
  });
});

describe("notifications of a watched case", () => {
  it("a status change, an ask and an outcome tell every watcher but the one who made them", () => {
    const { db, campaigner, colleague, kase, readerOf, logAsk, logOutcome } = team();
    setCaseWatching(db, readerOf(colleague), kase.id, true);
    recordStatusChange(db, colleague.id, kase.id, "released", "");
    logAsk(colleague.id);
    logOutcome(colleague.id);
    expect(listNotifications(db, readerOf(campaigner)).map((n) => [n.kind, n.actorName, n.personName])).toEqual([
      ["outcome", "Kofi", "Test Person"],
      ["ask", "Kofi", "Test Person"],
      ["status", "Kofi", "Test Person"],
    ]);
    expect(listNotifications(db, readerOf(campaigner))[2]?.status).toBe("released");
    expect(listNotifications(db, readerOf(colleague))).toEqual([]);
    expect(countUnreadNotifications(db, readerOf(campaigner))).toBe(3);
  });

  it("a viewer who watches is never told of a confidential ask or outcome, nor of an ask made confidential since", () => {
    const { db, campaigner, viewer, kase, readerOf, logAsk, logOutcome } = team();
    setCaseWatching(db, readerOf(viewer), kase.id, true);
    logAsk(campaigner.id, true);
    logOutcome(campaigner.id, true);
    const open = logAsk(campaigner.id, false);
    // The rows are written for every watcher; reading them is what decides.
    expect(db.select().from(notifications).where(eq(notifications.userId, viewer.id)).all()).toHaveLength(3);
    expect(listNotifications(db, readerOf(viewer)).map((n) => n.kind)).toEqual(["ask"]);
    expect(countUnreadNotifications(db, readerOf(viewer))).toBe(1);

    db.update(asks).set({ confidential: true }).where(eq(asks.id, open.id)).run();
    expect(listNotifications(db, readerOf(viewer))).toEqual([]);
    expect(countUnreadNotifications(db, readerOf(viewer))).toBe(0);
  });

  it("leaving a restricted case's team takes its notifications away", () => {
    const { db, campaigner, colleague, kase, readerOf } = team();
    restrictCaseTo(db, kase.id, [campaigner.id, colleague.id], campaigner.id);
    setCaseWatching(db, readerOf(colleague), kase.id, true);
    recordStatusChange(db, campaigner.id, kase.id, "released", "");
    expect(countUnreadNotifications(db, readerOf(colleague))).toBe(1);
    db.delete(caseTeamMembers).where(eq(caseTeamMembers.userId, colleague.id)).run();
    expect(countUnreadNotifications(db, readerOf(colleague))).toBe(0);
    expect(listNotifications(db, readerOf(colleague))).toEqual([]);
  });

  it("an inactive watcher is not told; a case deleted for good takes its notifications and watchers with it", () => {
    const { db, campaigner, colleague, admin, kase, readerOf } = team();
    setCaseWatching(db, readerOf(colleague), kase.id, true);
    db.update(users).set({ active: false }).where(eq(users.id, colleague.id)).run();
    recordStatusChange(db, admin.id, kase.id, "released", "");
    expect(countUnreadNotifications(db, readerOf(campaigner))).toBe(1);
    expect(db.select().from(notifications).where(eq(notifications.userId, colleague.id)).all()).toEqual([]);
    archiveCase(db, admin.id, kase.id);
    deleteArchivedCase(db, admin.id, kase.id, "Test Person");
    expect(db.select().from(notifications).all()).toEqual([]);
    expect(db.select().from(caseWatchers).all()).toEqual([]);
  });

  it("marks one read (only one's own), or all", () => {
    const { db, campaigner, colleague, kase, readerOf } = team();
    recordStatusChange(db, colleague.id, kase.id, "released", "");
    recordStatusChange(db, colleague.id, kase.id, "detained", "");
    const [latest] = listNotifications(db, readerOf(campaigner));
    expect(markNotificationRead(db, colleague.id, latest!.id)).toBe(false);
    expect(countUnreadNotifications(db, readerOf(campaigner))).toBe(2);
    expect(markNotificationRead(db, campaigner.id, latest!.id)).toBe(true);
    expect(countUnreadNotifications(db, readerOf(campaigner))).toBe(1);
    expect(listNotifications(db, readerOf(campaigner))[0]?.readAt).not.toBeNull();
    expect(markAllNotificationsRead(db, campaigner.id)).toBe(1);
    expect(countUnreadNotifications(db, readerOf(campaigner))).toBe(0);
  });
});

describe("giving a case to another owner", () => {
  it("records who had it and who has it now, moves the version on, and tells the new owner, who watches it", () => {
    const { db, campaigner, colleague, admin, kase, readerOf } = team();
    const after = reassignCase(db, admin.id, kase.id, { ownerId: colleague.id, version: kase.version });
    expect(after).toMatchObject({ version: kase.version + 1, owner: { name: "Kofi" } });
    expect(after.watchers.map((w) => w.name)).toEqual(["Carla", "Kofi"]);
    expect(listNotifications(db, readerOf(colleague)).map((n) => [n.kind, n.actorName])).toEqual([["assigned", "Ada"]]);
    const audit = db.select().from(auditEvents).where(eq(auditEvents.caseId, kase.id)).all().at(-1);
    expect(JSON.parse(audit!.details)).toEqual({ owner: ["Carla", "Kofi"] });
    // Taking a case oneself tells no one.
    reassignCase(db, campaigner.id, kase.id, { ownerId: campaigner.id, version: after.version });
    expect(listNotifications(db, readerOf(campaigner))).toEqual([]);
  });

  it("refuses a stale version, a viewer, the current owner, and anyone off a restricted case's team", () => {
    const { db, campaigner, colleague, viewer, kase } = team();
    expect(() => reassignCase(db, campaigner.id, kase.id, { ownerId: colleague.id, version: kase.version + 1 })).toThrow(StaleVersionError);
    expect(() => reassignCase(db, campaigner.id, kase.id, { ownerId: viewer.id, version: kase.version })).toThrow(
      "Choose an owner from the list",
    );
    expect(() => reassignCase(db, campaigner.id, kase.id, { ownerId: campaigner.id, version: kase.version })).toThrow(
      "Carla already owns this case.",
    );
    restrictCaseTo(db, kase.id, [campaigner.id], campaigner.id);
    expect(listOwnerCandidates(db, kase.id).map((c) => c.name)).toEqual(["Carla"]);
    expect(() => reassignCase(db, campaigner.id, kase.id, { ownerId: colleague.id, version: kase.version })).toThrow(
      "Choose an owner from the list",
    );
    expect(() => reassignCase(db, colleague.id, kase.id, { ownerId: colleague.id, version: kase.version })).toThrow(
      "That case does not exist.",
    );
  });

  it("a new case's creator owns and watches it", () => {
    const { db, colleague, readerOf } = team();
    const created = testCase(db, colleague.id, "New Person");
    expect(getCaseFollowing(db, readerOf(colleague), created.id)).toMatchObject({ owner: { name: "Kofi" }, watching: true });
  });
});
