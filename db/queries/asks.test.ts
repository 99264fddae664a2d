import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { askStatusChanges, asks, auditEvents, citations, people, sources } from "../schema";
import { insertAsk, listAsksForCase, listOfficialChoices, recordAskStatusChange, updateAsk } from "./asks";
import { listAwaitingResponse, listFollowUps } from "./ask-dashboard";
import { insertLinkedSource, insertOfficial, SEES_CONFIDENTIAL, SEES_PUBLIC, setupDb } from "./test-fixtures";
import { createAskSchema, type CreateAskInput } from "../../domain/schemas/ask";
import { DomainRuleError, StaleVersionError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import { at } from "../../domain/test-helpers";

function askInput(officialId: number, ownerId: number, extra: Partial<CreateAskInput> = {}): Parameters<typeof insertAsk>[3] {
  return {
    official: { kind: "existing", id: officialId },
    text: "Call publicly for his release",
    channel: "letter",
    madeOn: "2024-01-10",
    ownerId,
    followUpOn: null,
    status: "made",
    confidential: false,
    ...extra,
  };
}

describe("logging an ask", () => {
  it("copies the official's current office, which stays after the official moves on", () => {
    const { db, campaigner, kase } = setupDb();
    const minister = insertOfficial(db, campaigner.id, "Jane Doe", "Foreign Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(minister.id, campaigner.id));
    expect(ask.officeAtTime).toBe("Foreign Minister");

    db.update(people).set({ office: "Ambassador to the UN" }).where(eq(people.id, minister.id)).run();
    const listed = at(listAsksForCase(db, SEES_CONFIDENTIAL, kase.id), 0);
    expect(listed.officeAtTime).toBe("Foreign Minister");
    expect(listed.officialName).toBe("Jane Doe");
    expect(listed.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "made"]]);
  });

  it("creates a new official typed into the form, with the office, in the same transaction", () => {
    const { db, campaigner, kase } = setupDb();
    const parsed = createAskSchema.parse({
      officialId: "new",
      newOfficialName: "Sam Envoy",
      newOfficialOffice: "Special Envoy for Human Rights",
      text: "Raise the case at the next dialogue",
      channel: "meeting",
      madeOn: "",
      ownerId: String(campaigner.id),
      followUpOn: "",
      status: "planned",
    });
    const ask = insertAsk(db, campaigner.id, kase.id, parsed);
    const official = db.select().from(people).where(eq(people.id, ask.officialId)).get()!;
    expect(official).toMatchObject({ kind: "official", name: "Sam Envoy", office: "Special Envoy for Human Rights" });
    expect(ask.officeAtTime).toBe("Special Envoy for Human Rights");
    const audits = db
      .select()
      .from(auditEvents)
      .all()
      .map((a) => `${a.entityType}:${a.action}`);
    expect(audits).toContain("person:create");
    expect(audits).toContain("ask:create");
  });

  it("refuses an ask to someone who is not an official, and saves nothing", () => {
    const { db, campaigner, kase } = setupDb();
    const contact = db.insert(people).values({ kind: "contact", name: "A lawyer", createdBy: campaigner.id }).returning().get();
    expect(() => insertAsk(db, campaigner.id, kase.id, askInput(contact.id, campaigner.id))).toThrow(FieldRuleError);
    expect(db.select().from(asks).all()).toHaveLength(0);
  });

  it("refuses a viewer as the owner", () => {
    const { db, campaigner, viewer, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    expect(() => insertAsk(db, campaigner.id, kase.id, askInput(official.id, viewer.id))).toThrow(/owner/);
  });

  it("requires the date made once the ask is made, but not while planned", () => {
    const base = { officialId: "1", text: "x", channel: "email", ownerId: "1", followUpOn: "", madeOn: "" };
    const made = createAskSchema.safeParse({ ...base, status: "made" });
    expect(made.success).toBe(false);
    expect(made.error?.issues[0]).toMatchObject({ path: ["madeOn"], message: "Date made is required once the ask has been made." });
    expect(createAskSchema.safeParse({ ...base, status: "planned" }).success).toBe(true);
    const noName = createAskSchema.safeParse({ ...base, officialId: "new", status: "planned" });
    expect(noName.error?.issues[0]?.path).toEqual(["newOfficialName"]);
  });
});

describe("citing sources when an ask is logged", () => {
  it("cites the chosen sources for the ask in the same save", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const report = insertLinkedSource(db, kase.id, campaigner.id, "Report");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id, { sourceIds: [report.id] }));
    const cited = db.select().from(citations).where(eq(citations.subjectId, ask.id)).all();
    expect(cited.map((c) => [c.claim, c.sourceId])).toEqual([["ask", report.id]]);
  });

  it("saves nothing, ask included, when a chosen source is not linked to the case", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const elsewhere = db.insert(sources).values({ title: "Elsewhere", type: "news", createdBy: campaigner.id }).returning().get();
    expect(() => insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id, { sourceIds: [elsewhere.id] }))).toThrow(
      FieldRuleError,
    );
    expect(db.select().from(asks).all()).toHaveLength(0);
    expect(db.select().from(citations).all()).toHaveLength(0);
  });
});

describe("moving an ask through the pipeline", () => {
  it("records an allowed move with who, from, to and note, plus an audit event", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id));
    const moved = recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "Reply letter received");
    expect(moved.status).toBe("acknowledged");
    expect(moved.version).toBe(ask.version + 1);
    const changes = db.select().from(askStatusChanges).where(eq(askStatusChanges.askId, ask.id)).all();
    expect(changes.at(-1)).toMatchObject({
      fromStatus: "made",
      toStatus: "acknowledged",
      note: "Reply letter received",
      changedBy: campaigner.id,
    });
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, "status_change")).all();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(at(audit, 0).details)).toEqual({ status: ["made", "acknowledged"], note: "Reply letter received" });
  });

  it("refuses a disallowed move with a clear message and changes nothing", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id, { status: "planned", madeOn: null }));
    expect(() => recordAskStatusChange(db, campaigner.id, ask.id, "fulfilled", "")).toThrow(DomainRuleError);
    expect(() => recordAskStatusChange(db, campaigner.id, ask.id, "fulfilled", "")).toThrow(
      "An ask cannot move from planned to fulfilled. From planned it can move to: made.",
    );
    expect(db.select().from(asks).where(eq(asks.id, ask.id)).get()).toEqual(ask);
    expect(db.select().from(askStatusChanges).all()).toHaveLength(1);
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "status_change")).all()).toHaveLength(0);
  });

  it("refuses any move from fulfilled", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id));
    recordAskStatusChange(db, campaigner.id, ask.id, "fulfilled", "");
    expect(() => recordAskStatusChange(db, campaigner.id, ask.id, "declined", "")).toThrow(/final/);
  });

  it("dates a planned ask when it is made", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id, { status: "planned", madeOn: null }));
    const moved = recordAskStatusChange(db, campaigner.id, ask.id, "made", "", "2024-05-02T10:00:00.000Z");
    expect(moved.madeOn).toBe("2024-05-02");
  });
});

describe("editing an ask", () => {
  it("saves from the current version and refuses a stale one without changing anything", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id));
    const edit = {
      text: "Edited",
      channel: "email" as const,
      madeOn: "2024-01-11",
      ownerId: campaigner.id,
      followUpOn: "2024-02-01",
      officeAtTime: "Minister",
    };
    const saved = updateAsk(db, campaigner.id, ask.id, { ...edit, version: ask.version });
    expect(saved).toMatchObject({ text: "Edited", channel: "email", version: ask.version + 1 });
    expect(() => updateAsk(db, campaigner.id, ask.id, { ...edit, text: "Lost edit", version: ask.version })).toThrow(StaleVersionError);
    expect(db.select().from(asks).where(eq(asks.id, ask.id)).get()?.text).toBe("Edited");
  });

  it("refuses removing the date made of an ask already made", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id));
    expect(() =>
      updateAsk(db, campaigner.id, ask.id, {
        text: "x",
        channel: "email",
        madeOn: null,
        ownerId: campaigner.id,
        followUpOn: null,
        officeAtTime: "",
        version: ask.version,
      }),
    ).toThrow(/Date made is required/);
  });
});

describe("dashboard queries", () => {
  it("lists my open follow-ups: overdue, due today and due soon, not later ones, closed ones or other people's", () => {
    const { db, campaigner, kase } = setupDb();
    const colleague = setupColleague(db);
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const log = (text: string, followUpOn: string | null, ownerId = campaigner.id) =>
      insertAsk(db, campaigner.id, kase.id, askInput(official.id, ownerId, { text, followUpOn }));
    log("soon", "2024-03-20");
    log("overdue", "2024-03-01");
    log("today", "2024-03-10");
    log("edge of window", "2024-03-24");
    log("too far", "2024-03-25");
    log("no date", null);
    log("someone else's", "2024-03-02", colleague);
    const done = log("fulfilled", "2024-03-03");
    recordAskStatusChange(db, campaigner.id, done.id, "fulfilled", "");
    const declined = log("declined", "2024-03-04");
    recordAskStatusChange(db, campaigner.id, declined.id, "declined", "");
    const silent = log("no response", "2024-03-05");
    recordAskStatusChange(db, campaigner.id, silent.id, "no_response", "");

    const rows = listFollowUps(db, SEES_CONFIDENTIAL, campaigner.id, { today: "2024-03-10" });
    expect(rows.map((r) => [r.text, r.overdue])).toEqual([
      ["overdue", true],
      ["no response", true],
      ["today", false],
      ["soon", false],
      ["edge of window", false],
    ]);
    expect(rows.find((r) => r.text === "today")?.dueToday).toBe(true);
    expect(at(rows, 0).personName).toBe("Test Person");
    // A limit keeps the most overdue.
    expect(listFollowUps(db, SEES_CONFIDENTIAL, campaigner.id, { today: "2024-03-10", limit: 2 }).map((r) => r.text)).toEqual([
      "overdue",
      "no response",
    ]);
  });

  it("lists asks awaiting a response, the oldest made first, with days waiting", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const log = (text: string, madeOn: string | null, status: "made" | "planned" = "made") =>
      insertAsk(db, campaigner.id, kase.id, askInput(official.id, campaigner.id, { text, madeOn, status }));
    log("recent", "2024-03-01");
    const acknowledged = log("oldest, acknowledged", "2023-12-01");
    recordAskStatusChange(db, campaigner.id, acknowledged.id, "acknowledged", "");
    log("middle", "2024-01-15");
    log("planned", null, "planned");
    const committed = log("committed", "2023-01-01");
    recordAskStatusChange(db, campaigner.id, committed.id, "committed", "");
    const silent = log("no response", "2023-06-01");
    recordAskStatusChange(db, campaigner.id, silent.id, "no_response", "");

    const rows = listAwaitingResponse(db, SEES_CONFIDENTIAL, { today: "2024-03-10" });
    expect(rows.map((r) => [r.text, r.daysWaiting])).toEqual([
      ["oldest, acknowledged", 100],
      ["middle", 55],
      ["recent", 9],
    ]);
  });
});

function setupColleague(db: ReturnType<typeof setupDb>["db"]) {
  return db.$client.prepare("insert into users (email, name, role, password_hash) values ('o@example.org','Other','campaigner','x')").run()
    .lastInsertRowid as number;
}

describe("listOfficialChoices", () => {
  it("offers the case's officials and the newest ones, or the matches of a search, never confidential ones to a viewer", () => {
    const { db, campaigner, kase } = setupDb();
    const asked = insertOfficial(db, campaigner.id, "Antony Blinken", "US Secretary of State");
    insertAsk(db, campaigner.id, kase.id, askInput(asked.id, campaigner.id));
    const many = Array.from({ length: 25 }, (_, i) =>
      insertOfficial(db, campaigner.id, `Official ${String(i).padStart(2, "0")}`, "Minister"),
    );
    const secret = insertOfficial(db, campaigner.id, "Quiet Envoy", "Special envoy");
    db.update(people).set({ confidential: true }).where(eq(people.id, secret.id)).run();

    const offered = listOfficialChoices(db, SEES_CONFIDENTIAL, { caseId: kase.id }).map((o) => o.name);
    expect(offered).toContain("Antony Blinken"); // asked on this case, though not among the newest
    expect(offered).toContain("Quiet Envoy");
    expect(offered).not.toContain("Official 00"); // neither asked here nor among the 20 newest
    expect(offered).toHaveLength(21);
    expect(offered).toEqual([...offered].sort((a, b) => a.localeCompare(b)));

    expect(listOfficialChoices(db, SEES_CONFIDENTIAL, { q: "Official 00" }).map((o) => o.id)).toEqual([at(many, 0).id]);
    expect(listOfficialChoices(db, SEES_CONFIDENTIAL, { q: "secretary" }).map((o) => o.name)).toEqual(["Antony Blinken"]);
    expect(listOfficialChoices(db, SEES_PUBLIC, { q: "envoy" })).toEqual([]);
    expect(listOfficialChoices(db, SEES_CONFIDENTIAL, { q: '"*' })).toEqual([]);
  });
});

describe("listing a case's asks", () => {
  it("reads only the newest `limit` asks, each with its own history", () => {
    const { db, campaigner, kase } = setupDb();
    const minister = insertOfficial(db, campaigner.id, "Jane Doe", "Foreign Minister");
    const logged = ["First", "Second", "Third"].map((text) =>
      insertAsk(db, campaigner.id, kase.id, askInput(minister.id, campaigner.id, { text })),
    );
    recordAskStatusChange(db, campaigner.id, at(logged, 2).id, "acknowledged", "");
    recordAskStatusChange(db, campaigner.id, at(logged, 0).id, "declined", "");

    const firstTwo = listAsksForCase(db, SEES_CONFIDENTIAL, kase.id, { limit: 2 });
    expect(firstTwo.map((a) => a.text)).toEqual(["Third", "Second"]);
    expect(at(firstTwo, 0).history.map((h) => h.toStatus)).toEqual(["acknowledged", "made"]);
    expect(at(firstTwo, 1).history.map((h) => h.toStatus)).toEqual(["made"]);
    expect(listAsksForCase(db, SEES_CONFIDENTIAL, kase.id).map((a) => a.text)).toEqual(["Third", "Second", "First"]);
  });
});
