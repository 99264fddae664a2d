import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, cases, caseStatusChanges, outcomes, citations } from "../schema";
import { insertAsk } from "./asks";
import { insertOutcome, listCaseSources, listOutcomesForCase } from "./outcomes";
import { insertOfficial, insertLinkedSource, setupDb, SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { sources } from "../schema";
import { DomainRuleError } from "../../domain/errors";
import { FieldRuleError } from "../../domain/field-rule-error";
import { createOutcomeSchema, type CreateOutcomeInput } from "../../domain/schemas/outcome";
import { at } from "../../domain/test-helpers";

function outcomeInput(extra: Partial<CreateOutcomeInput> = {}): CreateOutcomeInput {
  return {
    type: "public_statement",
    occurredOn: "2024-04-01",
    description: "Minister raised the case in parliament",
    askId: null,
    sourceIds: [],
    moveCaseToReleased: false,
    confidential: false,
    ...extra,
  };
}

function logAsk(db: ReturnType<typeof setupDb>["db"], userId: number, caseId: number) {
  const official = insertOfficial(db, userId, "Jane Doe", "Minister");
  return insertAsk(db, userId, caseId, {
    official: { kind: "existing", id: official.id },
    text: "Raise the case",
    channel: "meeting",
    madeOn: "2024-03-01",
    ownerId: userId,
    followUpOn: null,
    status: "made",
  });
}

describe("recording an outcome", () => {
  it("writes the outcome with its ask and sources, and an audit event", () => {
    const { db, campaigner, kase } = setupDb();
    const ask = logAsk(db, campaigner.id, kase.id);
    const a = insertLinkedSource(db, kase.id, campaigner.id, "Report A");
    const b = insertLinkedSource(db, kase.id, campaigner.id, "Report B");
    const row = insertOutcome(db, campaigner.id, kase.id, outcomeInput({ askId: ask.id, sourceIds: [a.id, b.id] }));
    expect(row).toMatchObject({ caseId: kase.id, askId: ask.id, type: "public_statement" });
    const links = db
      .select()
      .from(citations)
      .where(and(eq(citations.claim, "outcome"), eq(citations.subjectId, row.id)))
      .all();
    expect(links.map((l) => l.sourceId).sort()).toEqual([a.id, b.id].sort());
    const listed = at(listOutcomesForCase(db, SEES_CONFIDENTIAL, kase.id), 0);
    expect(listed.askText).toBe("Raise the case");
    expect(listed.sources.map((s) => s.title).sort()).toEqual(["Report A", "Report B"]);
    const audit = db.select().from(auditEvents).where(eq(auditEvents.entityType, "outcome")).all();
    expect(audit).toHaveLength(1);
  });

  it("saves nothing when one source is not linked to the case", () => {
    const { db, campaigner, kase } = setupDb();
    const linked = insertLinkedSource(db, kase.id, campaigner.id, "Linked");
    const unlinked = db.insert(sources).values({ title: "Elsewhere", type: "news", createdBy: campaigner.id }).returning().get();
    expect(() => insertOutcome(db, campaigner.id, kase.id, outcomeInput({ sourceIds: [linked.id, unlinked.id] }))).toThrow(FieldRuleError);
    expect(db.select().from(outcomes).all()).toHaveLength(0);
    expect(db.select().from(citations).all()).toHaveLength(0);
  });

  it("refuses an ask from another case", () => {
    const { db, campaigner, kase } = setupDb();
    const ask = logAsk(db, campaigner.id, kase.id);
    const other = db
      .insert(cases)
      .values({
        slug: "other",
        personName: "O",
        title: "O",
        country: "X",
        status: "detained",
        createdBy: campaigner.id,
        updatedBy: campaigner.id,
      })
      .returning()
      .get();
    expect(() => insertOutcome(db, campaigner.id, other.id, outcomeInput({ askId: ask.id }))).toThrow("Choose an ask from this case.");
    expect(db.select().from(outcomes).all()).toHaveLength(0);
  });

  it("hides confidential sources of an outcome from those who may not see them", () => {
    const { db, campaigner, kase } = setupDb();
    const open = insertLinkedSource(db, kase.id, campaigner.id, "Open report");
    const secret = insertLinkedSource(db, kase.id, campaigner.id, "Family message", true);
    insertOutcome(db, campaigner.id, kase.id, outcomeInput({ sourceIds: [open.id, secret.id] }));
    expect(at(listOutcomesForCase(db, SEES_PUBLIC, kase.id), 0).sources.map((s) => s.title)).toEqual(["Open report"]);
    expect(listCaseSources(db, SEES_PUBLIC, kase.id).map((s) => s.title)).toEqual(["Open report"]);
    expect(listCaseSources(db, SEES_CONFIDENTIAL, kase.id)).toHaveLength(2);
  });
});

describe("a release outcome", () => {
  it("moves the case to released in the same save when asked to", () => {
    const { db, campaigner, kase } = setupDb("sentenced");
    insertOutcome(db, campaigner.id, kase.id, outcomeInput({ type: "release", description: "Freed on pardon", moveCaseToReleased: true }));
    expect(db.select().from(cases).where(eq(cases.id, kase.id)).get()?.status).toBe("released");
    // In recording order: the release is dated by the outcome, before the day the case was opened here.
    const history = db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, kase.id)).orderBy(caseStatusChanges.id).all();
    expect(history.at(-1)).toMatchObject({ fromStatus: "sentenced", toStatus: "released", changedBy: campaigner.id });
    expect(history.at(-1)?.occurredOn).toBe("2024-04-01");
    expect(db.select().from(outcomes).all()).toHaveLength(1);
  });

  it("leaves the case status alone when the box is not ticked", () => {
    const { db, campaigner, kase } = setupDb("detained");
    insertOutcome(db, campaigner.id, kase.id, outcomeInput({ type: "release" }));
    expect(db.select().from(cases).where(eq(cases.id, kase.id)).get()?.status).toBe("detained");
  });

  it("saves nothing if the case cannot move to released", () => {
    const { db, campaigner, kase } = setupDb("at_risk");
    expect(() => insertOutcome(db, campaigner.id, kase.id, outcomeInput({ type: "release", moveCaseToReleased: true }))).toThrow(
      DomainRuleError,
    );
    expect(db.select().from(outcomes).all()).toHaveLength(0);
    expect(db.select().from(cases).where(eq(cases.id, kase.id)).get()?.status).toBe("at_risk");
    expect(db.select().from(auditEvents).where(eq(auditEvents.entityType, "outcome")).all()).toHaveLength(0);
  });

  it("is the only type that may move the case", () => {
    const result = createOutcomeSchema.safeParse({
      type: "meeting_held",
      occurredOn: "2024-01-01",
      description: "x",
      moveCaseToReleased: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["moveCaseToReleased"] });
    const ok = createOutcomeSchema.parse({
      type: "release",
      occurredOn: "2024-01-01",
      description: "x",
      askId: "",
      sourceIds: ["3", "3"],
      moveCaseToReleased: true,
    });
    expect(ok).toMatchObject({ askId: null, sourceIds: [3] });
  });
});

describe("listing a case's outcomes", () => {
  it("reads only the latest `limit` outcomes when asked", () => {
    const { db, campaigner, kase } = setupDb();
    for (const [occurredOn, description] of [
      ["2024-01-01", "Oldest"],
      ["2024-03-01", "Latest"],
      ["2024-02-01", "Middle"],
    ]) {
      insertOutcome(db, campaigner.id, kase.id, outcomeInput({ occurredOn, description }));
    }
    expect(listOutcomesForCase(db, SEES_CONFIDENTIAL, kase.id, { limit: 2 }).map((o) => o.description)).toEqual(["Latest", "Middle"]);
    expect(listOutcomesForCase(db, SEES_CONFIDENTIAL, kase.id)).toHaveLength(3);
  });
});
