import { describe, expect, it } from "vitest";
import { attachmentDisposition, buildCaseBrief, briefFileName, citeMarks, type Block, type CaseBrief } from "./brief";
import { BLINKEN_ID, KAGAME_ID, rusesabaginaBriefData } from "./brief.fixture";
import { at } from "./test-helpers";

const base = { preparedBy: "Carlos Campaigner", today: "2026-11-27" };

function text(brief: CaseBrief): string {
  const blockText = (b: Block): string[] => {
    switch (b.kind) {
      case "paragraph":
        return [b.text];
      case "facts":
        return b.rows.flatMap((r) => [r.label, r.value]);
      case "table":
        return [...b.columns.map((c) => c.label), ...b.rows.flat()];
      case "list":
        return b.items;
    }
  };
  return [...Object.values(brief.header).map(String), ...brief.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText)])].join(
    "\n",
  );
}

function section(brief: CaseBrief, id: string) {
  const s = brief.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

describe("buildCaseBrief", () => {
  it("holds every section of the brief for the reference case", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false, officialId: null });
    expect(brief.sections.map((s) => s.id)).toEqual([
      "summary",
      "facts",
      "timeline",
      "advocacy",
      "open-asks",
      "outcomes",
      "notes",
      "contacts",
      "sources",
    ]);
    expect(brief.header).toMatchObject({
      personName: "Paul Rusesabagina",
      status: "Released",
      preparedBy: "Carlos Campaigner",
      preparedOn: "27 Nov 2026",
      confidential: false,
    });
    const all = text(brief);
    expect(all).toContain("28 Aug 2020");
    expect(all).toContain("Terrorism-related charges");
    expect(all).toContain("25 years' imprisonment (20 Sep 2021)");
    // The advocacy table keeps the office held at the time of the ask, not today's.
    const advocacy = at(section(brief, "advocacy").blocks, 0);
    expect(advocacy.kind).toBe("table");
    if (advocacy.kind !== "table") return;
    expect(advocacy.columns.map((c) => c.label)).toEqual(["Date", "Official", "Office then", "Channel", "Ask", "Response / status"]);
    const first = at(advocacy.rows, 0);
    expect(first.slice(0, 4)).toEqual(["9 Aug 2022", "Antony Blinken", "US Secretary of State", "Letter"]);
    expect(first[4]).toMatch(/^Raise Rusesabagina's release with President Kagame during the Kigali visit \[\d\]$/);
    expect(first[5]).toContain("Blinken said he would raise concerns with Kagame.");
    // Outcomes: the statement and the release.
    const outcomes = at(section(brief, "outcomes").blocks, 0);
    if (outcomes.kind !== "table") throw new Error("outcomes table");
    expect(outcomes.rows.map((r) => r[1])).toEqual(["Statement", "Release"]);
    // Open asks: the two still awaiting an answer, the overdue one flagged.
    expect(brief.openAsks.map((a) => a.askId)).toEqual([21, 22]);
    expect(brief.openAsks.find((a) => a.askId === 21)?.overdue).toBe(true);
  });

  it("numbers sources without gaps and cites the same number wherever a source is used", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false, officialId: null });
    // Source 3 is confidential, so not read: the others are numbered 1..3 as first cited
    // (the summary cites HRW and the news report, oldest first; the sentence Reuters).
    expect(brief.sources.map((s) => [s.number, s.sourceId])).toEqual([
      [1, 2],
      [2, 1],
      [3, 4],
    ]);
    const newsReport = brief.sources.find((s) => s.sourceId === 1)!;
    expect(newsReport.text).toContain("11 Aug 2022");
    expect(newsReport.text).toContain("No URL recorded.");
    // The statement outcome draws on the 2022-08-11 news report, as does the ask that led to it.
    const outcomes = at(section(brief, "outcomes").blocks, 0);
    if (outcomes.kind !== "table") throw new Error("outcomes table");
    expect(at(outcomes.rows, 0)[2]).toMatch(/\[2\]$/);
    expect(brief.asks.find((a) => a.askId === 20)?.cites).toEqual([2]);
    // The release draws on Reuters [3] (and on the confidential source, not read for this version).
    expect(at(outcomes.rows, 1)[2]).toMatch(/United States \[3\]$/);
    // The summary cites exactly the sources linked to it.
    const summary = at(section(brief, "summary").blocks, 0);
    expect(summary.kind === "paragraph" && summary.text.endsWith("Burundi. [1][2]")).toBe(true);
    // Every cited number refers to an entry in the list.
    const cited = [...text(brief).matchAll(/\[(\d+)(?:–(\d+))?\]/g)].map((m) => Number(m[2] ?? m[1]));
    expect(Math.max(...cited)).toBe(brief.sources.length);
  });

  it("marks nothing confidential in the version without confidential items", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), { ...base, includeConfidential: false, officialId: null });
    const all = text(brief);
    expect(all).not.toContain("Embassy contact's account");
    expect(all).not.toContain("Lawyer's private channel");
    expect(all).not.toContain("Anonymous prison source");
    expect(all).not.toContain("CONFIDENTIAL");
    expect(all).toContain("Family asks that the campaign stays public.");
    expect(all).toContain("Carine Kanimba");
  });

  it("includes confidential items, renumbered consistently, and marks the brief when asked", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true, officialId: null });
    const all = text(brief);
    expect(brief.header.confidential).toBe(true);
    expect(brief.header.marking).toMatch(/^CONFIDENTIAL/);
    expect(all).toContain("Embassy contact's account");
    expect(all).toContain("Lawyer's private channel");
    expect(all).toContain("Anonymous prison source");
    // The confidential account is first cited for the arrest, after the summary's two.
    expect(brief.sources.map((s) => [s.number, s.sourceId])).toEqual([
      [1, 2],
      [2, 1],
      [3, 3],
      [4, 4],
    ]);
    const outcomes = at(section(brief, "outcomes").blocks, 0);
    if (outcomes.kind !== "table") throw new Error("outcomes table");
    expect(at(outcomes.rows, 1)[2]).toMatch(/\[3\]\[4\]$/);
  });

  it("opens with the official's past asks and a 'This meeting' section for a meeting", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: BLINKEN_ID,
    });
    expect(brief.sections.slice(0, 2).map((s) => s.id)).toEqual(["meeting-history", "this-meeting"]);
    expect(brief.header.meetingWith).toBe("Antony Blinken, Former US Secretary of State");
    expect(brief.meeting?.pastAsks.map((a) => a.askId)).toEqual([20, 21]);
    expect(brief.meeting?.openAsks.map((a) => a.askId)).toEqual([21]);
    const meeting = section(brief, "this-meeting");
    const list = meeting.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items[0]).toContain("Press for his return to the United States");
    expect(list?.kind === "list" && list.items.join(" ")).not.toContain("humanitarian grounds");

    const kagame = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: KAGAME_ID,
    });
    expect(at(kagame.sections, 0).title).toBe("Asks to Paul Kagame on this case");
    expect(kagame.meeting?.openAsks.map((a) => a.askId)).toEqual([22]);
  });

  it("names files after the case slug and the date", () => {
    expect(briefFileName("paul-rusesabagina", "2026-11-27", "pdf")).toBe("paul-rusesabagina-brief-2026-11-27.pdf");
    expect(citeMarks([3, 1, 3])).toBe("[1][3]");
    expect(citeMarks([5, 1, 2, 3, 7, 8])).toBe("[1–3][5][7][8]");
    // Slugs may be in any script; the header stays ASCII and carries the UTF-8 name.
    const disposition = attachmentDisposition("نرگس-محمدی-brief-2026-11-27.pdf");
    expect(disposition).toMatch(/^[\x20-\x7e]+$/);
    expect(disposition).toContain('filename="____-_____-brief-2026-11-27.pdf"');
    expect(decodeURIComponent(at(disposition.split("UTF-8''"), 1))).toBe("نرگس-محمدی-brief-2026-11-27.pdf");
  });
});
