import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { people } from "@/db/schema";
import { insertAsk } from "@/db/queries/asks";
import { insertOutcome } from "@/db/queries/outcomes";
import { insertLinkedSource, insertOfficial, setupDb } from "@/db/queries/test-fixtures";
import { PermissionError, type Actor } from "@/domain/permissions";
import * as dal from "./asks";
import { at } from "@/domain/test-helpers";

// The data layer reads the process-wide connection; point it at a fresh database per test.
const globalForDb = globalThis as unknown as { vigilDb?: unknown };

let ctx: ReturnType<typeof setupDb>;
let campaigner: Actor;
let viewer: Actor;

beforeEach(() => {
  ctx = setupDb();
  globalForDb.vigilDb = ctx.db;
  campaigner = { id: ctx.campaigner.id, name: ctx.campaigner.name, email: ctx.campaigner.email, role: "campaigner" };
  viewer = { id: ctx.viewer.id, name: ctx.viewer.name, email: ctx.viewer.email, role: "viewer" };
});

function logAsk(officialId: number) {
  return insertAsk(ctx.db, campaigner.id, ctx.kase.id, {
    official: { kind: "existing", id: officialId },
    text: "Raise the case",
    channel: "call",
    madeOn: "2024-01-01",
    ownerId: campaigner.id,
    followUpOn: null,
    status: "made",
  });
}

describe("asks data layer", () => {
  it("refuses every change by a viewer or a signed-out caller", () => {
    const official = insertOfficial(ctx.db, campaigner.id, "Jane Doe", "Minister");
    const ask = logAsk(official.id);
    const outcome = {
      type: "other" as const,
      occurredOn: "2024-01-02",
      description: "x",
      askId: null,
      sourceIds: [],
      moveCaseToReleased: false,
      confidential: false,
    };
    expect(() =>
      dal.createAsk(viewer, ctx.kase.id, {
        official: { kind: "existing", id: official.id },
        text: "x",
        channel: "call",
        madeOn: null,
        ownerId: campaigner.id,
        followUpOn: null,
        status: "planned",
        sourceIds: [],
        confidential: false,
      }),
    ).toThrow(PermissionError);
    expect(() => dal.changeAskStatus(viewer, ask.id, "acknowledged", { text: "", confidential: false })).toThrow(PermissionError);
    expect(() =>
      dal.updateAsk(viewer, ask.id, {
        text: "x",
        channel: "call",
        madeOn: "2024-01-01",
        ownerId: campaigner.id,
        followUpOn: null,
        officeAtTime: "",
        version: ask.version,
        confidential: false,
      }),
    ).toThrow(PermissionError);
    expect(() => dal.createOutcome(viewer, ctx.kase.id, outcome)).toThrow(PermissionError);
    expect(() => dal.listOfficialChoices(viewer)).toThrow(PermissionError);
    expect(() => dal.listAsksForCase(null, ctx.kase.id)).toThrow(PermissionError);
    expect(at(dal.listAsksForCase(viewer, ctx.kase.id), 0).status).toBe("made");
  });

  it("never shows a viewer an ask to a confidential official, its outcome, or a confidential source", () => {
    const official = insertOfficial(ctx.db, campaigner.id, "Secret Contact", "Deputy Minister");
    ctx.db.update(people).set({ confidential: true }).where(eq(people.id, official.id)).run();
    const hiddenAsk = logAsk(official.id);
    const source = insertLinkedSource(ctx.db, ctx.kase.id, campaigner.id, "Family letter", true);
    insertOutcome(ctx.db, campaigner.id, ctx.kase.id, {
      type: "other",
      occurredOn: "2024-01-02",
      description: "answer",
      askId: hiddenAsk.id,
      sourceIds: [],
      moveCaseToReleased: false,
    });
    insertOutcome(ctx.db, campaigner.id, ctx.kase.id, {
      type: "other",
      occurredOn: "2024-01-03",
      description: "x",
      askId: null,
      sourceIds: [source.id],
      moveCaseToReleased: false,
    });

    expect(dal.listAsksForCase(viewer, ctx.kase.id)).toEqual([]);
    expect(dal.getAsk(viewer, hiddenAsk.id)).toBeNull();
    expect(JSON.stringify(dal.listAwaitingResponse(viewer))).not.toContain("Secret Contact");
    expect(dal.listOutcomesForCase(viewer, ctx.kase.id).map((o) => o.description)).toEqual(["x"]);
    expect(at(dal.listOutcomesForCase(viewer, ctx.kase.id), 0).sources).toEqual([]);
    expect(dal.listCaseSources(viewer, ctx.kase.id)).toEqual([]);

    expect(at(dal.listAsksForCase(campaigner, ctx.kase.id), 0).officialName).toBe("Secret Contact");
    expect(dal.listOutcomesForCase(campaigner, ctx.kase.id)).toHaveLength(2);
    expect(at(dal.listOutcomesForCase(campaigner, ctx.kase.id), 1).sources).toHaveLength(0);
    expect(at(dal.listOutcomesForCase(campaigner, ctx.kase.id), 0).sources).toHaveLength(1);
  });

  it("hides a confidential ask and outcome, and a confidential note on an ask's move, from a viewer only", () => {
    const official = insertOfficial(ctx.db, campaigner.id, "Open Official", "Minister");
    const open = logAsk(official.id);
    const secret = dal.createAsk(campaigner, ctx.kase.id, {
      official: { kind: "existing", id: official.id },
      text: "Quiet ask",
      channel: "call",
      madeOn: "2024-01-02",
      ownerId: campaigner.id,
      followUpOn: null,
      status: "made",
      confidential: true,
    });
    dal.changeAskStatus(campaigner, open.id, "acknowledged", { text: "Told us in private", confidential: true });
    dal.createOutcome(campaigner, ctx.kase.id, {
      type: "detention_change",
      occurredOn: "2024-01-05",
      description: "Moved to hospital",
      askId: null,
      sourceIds: [],
      moveCaseToReleased: false,
      confidential: true,
    });

    const asksSeen = dal.listAsksForCase(viewer, ctx.kase.id);
    expect(asksSeen.map((a) => a.id)).toEqual([open.id]);
    expect(at(asksSeen, 0).history.map((h) => h.note)).toEqual(["", ""]);
    expect(dal.getAsk(viewer, secret.id)).toBeNull();
    expect(dal.listOutcomesForCase(viewer, ctx.kase.id)).toEqual([]);

    expect(
      dal
        .listAsksForCase(campaigner, ctx.kase.id)
        .map((a) => a.text)
        .sort(),
    ).toEqual(["Quiet ask", "Raise the case"]);
    const moved = dal.listAsksForCase(campaigner, ctx.kase.id).find((a) => a.id === open.id)!;
    expect(moved.history[0]).toMatchObject({ note: "Told us in private", noteConfidential: true });
    expect(dal.listOutcomesForCase(campaigner, ctx.kase.id).map((o) => o.description)).toEqual(["Moved to hospital"]);
  });
});
