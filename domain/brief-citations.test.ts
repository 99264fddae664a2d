import { describe, expect, it } from "vitest";
import { buildCaseBrief, type BriefSection, type CaseBrief } from "./brief";
import { BLINKEN_ID, rusesabaginaBriefData } from "./brief.fixture";
import { at } from "./test-helpers";

const base = { preparedBy: "Carlos Campaigner", today: "2026-11-27", officialId: null };

function section(brief: CaseBrief, id: string): BriefSection {
  const s = brief.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

function fact(brief: CaseBrief, label: string): string {
  const block = at(section(brief, "facts").blocks, 0);
  if (block.kind !== "facts") throw new Error("facts block");
  const row = block.rows.find((r) => r.label === label);
  if (!row) throw new Error(`no fact ${label}`);
  return row.value;
}

function timelineEvent(brief: CaseBrief, startsWith: string): string {
  const block = at(section(brief, "timeline").blocks, 0);
  if (block.kind !== "table") throw new Error("timeline table");
  const row = block.rows.find((r) => at(r, 1).startsWith(startsWith));
  if (!row) throw new Error(`no event ${startsWith}`);
  return at(row, 1);
}

describe("citations in the brief", () => {
  it("cites beside each claim exactly the sources linked to it, numbered by first citation", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true });
    // Summary: HRW (2022-08-08) then the news report; arrest: the confidential account, then HRW again.
    expect(fact(brief, "Date of arrest")).toBe("28 Aug 2020 [1][3]");
    expect(fact(brief, "Where held")).toBe("Prison in Kigali, Rwanda [3]");
    expect(fact(brief, "Sentence")).toBe("25 years' imprisonment (20 Sep 2021) [4]");
    expect(timelineEvent(brief, "Status changed from sentenced to released")).toMatch(/\[4\]$/);
    expect(brief.asks.find((a) => a.askId === 20)?.cites).toEqual([2]);
    // The answer to the ask is cited with its move's sources.
    expect(brief.asks.find((a) => a.askId === 20)?.response).toMatch(/\(11 Aug 2022\) \[2\]$/);
  });

  it("marks an uncited claim unsourced only in the version with confidential items", () => {
    const full = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true });
    expect(fact(full, "Charges")).toBe("Terrorism-related charges (unsourced)");
    expect(timelineEvent(full, "Case recorded as detained")).toBe("Case recorded as detained. (unsourced)");
    const shared = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false });
    expect(fact(shared, "Charges")).toBe("Terrorism-related charges");
    expect(timelineEvent(shared, "Case recorded as detained")).toBe("Case recorded as detained.");
    // The country and status are not reported facts: never numbered, never unsourced.
    expect(fact(full, "Country")).toBe("Rwanda");
    expect(fact(full, "Current status")).toBe("Released");
  });

  it("never numbers a source hidden from the reader, and a claim resting only on it carries no number", () => {
    const shared = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false });
    expect(shared.sources.map((s) => s.sourceId)).not.toContain(3);
    expect(shared.otherSources.map((s) => s.sourceId)).not.toContain(3);
    expect(fact(shared, "Where held")).toBe("Prison in Kigali, Rwanda");
    expect(fact(shared, "Date of arrest")).toBe("28 Aug 2020 [1]");
    const all = JSON.stringify(shared);
    expect(all).not.toContain("Embassy contact");
    expect(all).not.toMatch(/[\uE000\uE001]/);
  });

  it("lists only cited sources in number order, then the case's other sources unnumbered", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false });
    expect(brief.sources.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(brief.otherSources.map((s) => s.sourceId)).toEqual([5]);
    const blocks = section(brief, "sources").blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["list", "paragraph", "list"]);
    const [cited, heading, other] = blocks;
    expect(cited?.kind === "list" && cited.marker).toBe("source");
    expect(cited?.kind === "list" && cited.items).toEqual(brief.sources.map((s) => s.text));
    expect(heading?.kind === "paragraph" && heading.text).toBe("Other sources");
    expect(other?.kind === "list" && other.marker).toBe("bullet");
    expect(other?.kind === "list" && other.items.join()).toContain("Family statement on the first anniversary");
  });

  it("numbers in the order the brief reads, whatever order its sections take", () => {
    // A meeting brief opens with the official's asks, so the source they cite comes first.
    const meeting = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: BLINKEN_ID,
    });
    expect(at(meeting.sources, 0).sourceId).toBe(1);
    expect(meeting.meeting?.pastAsks.find((a) => a.askId === 20)?.cites).toEqual([1]);
    const history = at(section(meeting, "meeting-history").blocks, 0);
    if (history.kind !== "list") throw new Error("history list");
    expect(at(history.items, 0)).toMatch(/\(11 Aug 2022\)\. \[1\]$/);
    const summary = at(section(meeting, "summary").blocks, 0);
    expect(summary.kind === "paragraph" && summary.text.endsWith("[1][2]")).toBe(true);
  });

  it("lists the case's sources as other sources when no claim cites them", () => {
    const data = rusesabaginaBriefData({ publicVersion: true });
    data.citations = [];
    data.outcomes = data.outcomes.map((o) => ({ ...o, sourceIds: [] }));
    const brief = buildCaseBrief(data, { ...base, includeConfidential: false });
    expect(brief.sources).toEqual([]);
    const blocks = section(brief, "sources").blocks;
    expect(at(blocks, 0)).toMatchObject({ kind: "paragraph", text: "No claim in this brief cites a source yet." });
    // Oldest first, as within a claim.
    expect(brief.otherSources.map((s) => s.sourceId)).toEqual([5, 2, 1, 4]);
  });
});
