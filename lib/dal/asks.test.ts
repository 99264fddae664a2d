import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { people } from "@/db/schema";
import { insertAsk } from "@/db/queries/asks";
import { insertOutcome } from "@/db/queries/outcomes";
import { insertLinkedSource, insertOfficial, setupDb } from "@/db/queries/test-fixtures";
import { PermissionError, type Actor } from "@/lib/domain/permissions";
import * as dal from "./asks";

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
    const outcome = { type: "other" as const, occurredOn: "2024-01-02", description: "x", askId: null, sourceIds: [], moveCaseToReleased: false };
    expect(() => dal.createAsk(viewer, ctx.kase.id, { official: { kind: "existing", id: official.id }, text: "x", channel: "call", madeOn: null, ownerId: campaigner.id, followUpOn: null, status: "planned" })).toThrow(PermissionError);
    expect(() => dal.changeAskStatus(viewer, ask.id, "acknowledged", "")).toThrow(PermissionError);
    expect(() => dal.updateAsk(viewer, ask.id, { text: "x", channel: "call", madeOn: "2024-01-01", ownerId: campaigner.id, followUpOn: null, officeAtTime: "", version: ask.version })).toThrow(PermissionError);
    expect(() => dal.createOutcome(viewer, ctx.kase.id, outcome)).toThrow(PermissionError);
    expect(() => dal.listOfficialChoices(viewer)).toThrow(PermissionError);
    expect(() => dal.listAsksForCase(null, ctx.kase.id)).toThrow(PermissionError);
    expect(dal.listAsksForCase(viewer, ctx.kase.id)[0].status).toBe("made");
  });

  it("never shows a viewer a confidential official or a confidential source", () => {
    const official = insertOfficial(ctx.db, campaigner.id, "Secret Contact", "Deputy Minister");
    ctx.db.update(people).set({ confidential: true }).where(eq(people.id, official.id)).run();
    logAsk(official.id);
    const source = insertLinkedSource(ctx.db, ctx.kase.id, campaigner.id, "Family letter", true);
    insertOutcome(ctx.db, campaigner.id, ctx.kase.id, { type: "other", occurredOn: "2024-01-02", description: "x", askId: null, sourceIds: [source.id], moveCaseToReleased: false });

    const seenByViewer = dal.listAsksForCase(viewer, ctx.kase.id)[0];
    expect(seenByViewer.officialName).toBe("Confidential official");
    expect(seenByViewer.officeAtTime).toBe("");
    expect(JSON.stringify(dal.listAwaitingResponse(viewer))).not.toContain("Secret Contact");
    expect(dal.listOutcomesForCase(viewer, ctx.kase.id)[0].sources).toEqual([]);
    expect(dal.listCaseSources(viewer, ctx.kase.id)).toEqual([]);

    expect(dal.listAsksForCase(campaigner, ctx.kase.id)[0].officialName).toBe("Secret Contact");
    expect(dal.listOutcomesForCase(campaigner, ctx.kase.id)[0].sources).toHaveLength(1);
  });
});
