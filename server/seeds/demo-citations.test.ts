import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { loadBriefData } from "../../db/queries/brief";
import { buildCaseBrief, type CaseBrief } from "../../domain/brief";
import { seedDemoWorkspace } from "./demo";

function text(brief: CaseBrief): string {
  return JSON.stringify(brief.sections);
}

describe("the demo workspace's brief", { timeout: 30_000 }, () => {
  it("cites the court report beside the facts, the news report beside the ask, and lists HRW among other sources", async () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    await seedDemoWorkspace(db);
    const data = loadBriefData(db, { userId: 1, seesConfidential: true }, 1);
    if (!data) throw new Error("no reference case");
    const brief = buildCaseBrief(data, { includeConfidential: true, officialId: null, preparedBy: "Carlos", today: "2026-12-02" });
    expect(brief.sources.map((s) => s.text.split(".")[0])).toEqual([
      "Rwandan court sentences Paul Rusesabagina to 25 years on terrorism charges",
      "Blinken arrives in Rwanda for talks with Kagame at the end of an Africa tour",
    ]);
    expect(brief.otherSources.map((s) => s.text.split(".")[0])).toEqual(["Human Rights Watch urges Blinken to press Rwanda on repression"]);
    const all = text(brief);
    expect(all).toContain("28 Aug 2020 [1]");
    expect(all).toContain("Terrorism-related charges [1]");
    expect(all).toContain("Raise Paul Rusesabagina's release with President Kagame during the Kigali visit. [2]");
    // The release is the app's own record of the later move, cited by nothing yet.
    expect(all).toMatch(/Status changed from sentenced to released\. [^"]*\(unsourced\)/);
  });
});
