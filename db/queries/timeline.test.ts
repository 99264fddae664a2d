import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cases, people } from "../schema";
import { insertAsk, recordAskStatusChange } from "./asks";
import { recordStatusChange } from "./case-writes";
import { insertOutcome } from "./outcomes";
import { insertLinkedSource, insertOfficial, setupDb, SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { loadTimelineItems } from "./timeline";

function caseWithRecord() {
  const fixture = setupDb("detained");
  const { db, campaigner, kase } = fixture;
  db.update(cases)
    .set({ arrestDate: "2020-08-27", arrestPlace: "Kigali airport", sentenceDate: "2021-09-20", sentence: "25 years" })
    .where(eq(cases.id, kase.id))
    .run();
  recordStatusChange(db, campaigner.id, kase.id, "sentenced", "Verdict read out in court", "2021-09-20T10:00:00.000Z");
  insertLinkedSource(db, kase.id, campaigner.id, "Verdict reported");
  insertLinkedSource(db, kase.id, campaigner.id, "Letter from prison", true);
  const official = insertOfficial(db, campaigner.id, "Antony Blinken", "Secretary of State");
  const ask = insertAsk(db, campaigner.id, kase.id, {
    official: { kind: "existing", id: official.id },
    text: "Raise his release with President Kagame",
    channel: "meeting",
    status: "made",
    madeOn: "2022-03-01",
    ownerId: campaigner.id,
    followUpOn: null,
  });
  recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "Promised to raise it");
  insertOutcome(db, campaigner.id, kase.id, { type: "release", occurredOn: "2023-03-24", description: "Released after commutation", askId: ask.id, sourceIds: [], moveCaseToReleased: false });
  return { ...fixture, official, ask };
}

describe("loadTimelineItems", () => {
  it("lists the arrest, sentence, status changes, sources, asks with their moves, and outcomes", () => {
    const { db, kase } = caseWithRecord();
    const items = loadTimelineItems(db, SEES_CONFIDENTIAL, kase.id);
    const byKind = (kind: string) => items.filter((i) => i.kind === kind).map(({ at, title, detail }) => ({ at, title, detail }));

    expect(byKind("detention")).toEqual([
      { at: "2020-08-27", title: "Arrested", detail: "Kigali airport" },
      { at: "2021-09-20", title: "Sentenced", detail: "25 years" },
    ]);
    expect(byKind("status")).toContainEqual({ at: "2021-09-20T10:00:00.000Z", title: "Status: Detained → Sentenced", detail: "Verdict read out in court" });
    expect(byKind("source").map((s) => s.title).sort()).toEqual(["Letter from prison", "Verdict reported"]);
    expect(byKind("ask")).toEqual([
      { at: "2022-03-01", title: "Ask to Antony Blinken (Secretary of State)", detail: "Raise his release with President Kagame · Meeting" },
    ]);
    expect(byKind("ask_move")).toEqual([
      expect.objectContaining({ title: "Ask to Antony Blinken: Made → Acknowledged", detail: "Promised to raise it" }),
    ]);
    expect(byKind("outcome")).toEqual([{ at: "2023-03-24", title: "Release", detail: "Released after commutation" }]);
  });

  it("leaves out confidential sources, and the asks to a confidential official with their moves, for those who may not see them", () => {
    const { db, kase, official } = caseWithRecord();
    db.update(people).set({ confidential: true }).where(eq(people.id, official.id)).run();
    const items = loadTimelineItems(db, SEES_PUBLIC, kase.id);

    expect(items.filter((i) => i.kind === "source").map((i) => i.title)).toEqual(["Verdict reported"]);
    expect(items.filter((i) => i.kind === "ask" || i.kind === "ask_move")).toEqual([]);
    expect(JSON.stringify(items)).not.toContain("Blinken");
    expect(loadTimelineItems(db, SEES_CONFIDENTIAL, kase.id).filter((i) => i.kind === "ask")).toHaveLength(1);
  });

  it("is empty for a case that does not exist", () => {
    const { db } = setupDb();
    expect(loadTimelineItems(db, SEES_CONFIDENTIAL, 999)).toEqual([]);
  });
});
