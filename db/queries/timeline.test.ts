import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "../schema";
import { caseWithRecord } from "../test/timeline-case";
import { setupDb, SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { loadTimelineFacts } from "./timeline";

describe("loadTimelineFacts", () => {
  it("returns what happened as stored (ids, names, statuses, dates), leaving the words to the view", () => {
    const { db, kase, official, ask } = caseWithRecord();
    const facts = loadTimelineFacts(db, SEES_CONFIDENTIAL, kase.id);
    expect(facts.filter((f) => f.kind === "ask")).toEqual([
      expect.objectContaining({
        at: "2022-03-01",
        id: ask.id,
        officialId: official.id,
        officialName: "Antony Blinken",
        channel: "meeting",
      }),
    ]);
    expect(facts.filter((f) => f.kind === "ask_move")).toEqual([
      expect.objectContaining({ askId: ask.id, fromStatus: "made", toStatus: "acknowledged", note: "Promised to raise it" }),
    ]);
    expect(facts.some((f) => "href" in f)).toBe(false);
  });

  it("leaves out confidential sources, and the asks to a confidential official with their moves, for those who may not see them", () => {
    const { db, kase, official } = caseWithRecord();
    db.update(people).set({ confidential: true }).where(eq(people.id, official.id)).run();
    const items = loadTimelineFacts(db, SEES_PUBLIC, kase.id);

    expect(items.filter((i) => i.kind === "source").map((i) => i.title)).toEqual(["Verdict reported"]);
    expect(items.filter((i) => i.kind === "ask" || i.kind === "ask_move")).toEqual([]);
    expect(JSON.stringify(items)).not.toContain("Blinken");
    expect(loadTimelineFacts(db, SEES_CONFIDENTIAL, kase.id).filter((i) => i.kind === "ask")).toHaveLength(1);
  });

  it("is empty for a case that does not exist", () => {
    const { db } = setupDb();
    expect(loadTimelineFacts(db, SEES_CONFIDENTIAL, 999)).toEqual([]);
  });
});
