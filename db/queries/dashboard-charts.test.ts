import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { asks, cases } from "../schema";
import { insertCase } from "./case-writes";
import { listAsksMadeBetween } from "./dashboard-charts";
import { insertOfficial, SEES_CONFIDENTIAL, setupDb } from "./test-fixtures";

describe("listAsksMadeBetween", () => {
  it("returns asks made in the range with their status, leaving out unmade asks and archived cases", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Minister", "Foreign minister");
    const archived = insertCase(db, campaigner.id, {
      personName: "Archived Person",
      title: "Old case",
      country: "Rwanda",
      summary: "",
      tags: [],
      priority: "medium",
      status: "detained",
      arrestDate: null,
      arrestPlace: "",
      placeHeld: "",
      charges: "",
      sentence: "",
      sentenceDate: null,
    });
    db.update(cases).set({ archivedAt: "2026-01-01T00:00:00.000Z" }).where(eq(cases.id, archived.id)).run();
    const ask = (caseId: number, madeOn: string | null, status: string) =>
      db
        .insert(asks)
        .values({ caseId, officialId: official.id, text: "Release him", channel: "letter", madeOn, status, createdBy: campaigner.id })
        .run();
    ask(kase.id, "2026-01-01", "made");
    ask(kase.id, "2026-06-30", "fulfilled");
    ask(kase.id, "2025-12-31", "made"); // before the range
    ask(kase.id, null, "planned");
    ask(archived.id, "2026-03-01", "declined");

    const rows = listAsksMadeBetween(db, SEES_CONFIDENTIAL, "2026-01-01", "2026-12-31");
    expect(rows.sort((a, b) => a.madeOn!.localeCompare(b.madeOn!))).toEqual([
      { madeOn: "2026-01-01", status: "made" },
      { madeOn: "2026-06-30", status: "fulfilled" },
    ]);
  });
});
