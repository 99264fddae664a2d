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

  it("says a restricted case is restricted, and to whom, in either version", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData(), {
      ...base,
      includeConfidential: false,
      officialId: null,
      restrictedTo: ["Carlos Campaigner", "Vera Viewer"],
    });
    expect(brief.header.marking).toContain("Restricted case: known only to Carlos Campaigner, Vera Viewer.");
    expect(buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: false, officialId: null }).header.marking).not.toContain(
      "Restricted",
    );
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

  it("opens a meeting brief with what to raise, what the official answered before, then the case", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: BLINKEN_ID,
    });
    expect(brief.sections.slice(0, 3).map((s) => s.id)).toEqual(["this-meeting", "meeting-history", "summary"]);
    expect(brief.header.meetingWith).toBe("Antony Blinken, Former US Secretary of State");
    expect(brief.meeting?.pastAsks.map((a) => a.askId)).toEqual([20, 21]);
    expect(brief.meeting?.openAsks.map((a) => a.askId)).toEqual([21]);
    const meeting = section(brief, "this-meeting");
    expect(meeting.title).toBe("What to raise with Antony Blinken");
    const list = meeting.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items).toEqual([
      "Press for his return to the United States and access to his family. First raised in a meeting on 1 Sep 2022; no answer recorded yet. Follow up by 1 Oct 2022 (overdue).",
    ]);
    expect(list?.kind === "list" && list.items.join(" ")).not.toContain("humanitarian grounds");
    const answered = section(brief, "meeting-history");
    expect(answered.title).toBe("What Antony Blinken answered before");
    expect(answered.blocks).toEqual([
      {
        kind: "list",
        marker: "bullet",
        items: [
          "Raise Rusesabagina's release with President Kagame during the Kigali visit. First raised by letter on 9 Aug 2022. " +
            'Then the office did as asked on 11 Aug ("Blinken said he would raise concerns with Kagame"). ' +
            "What came of it: Blinken publicly says he will raise concerns about Rusesabagina with Kagame (11 Aug 2022). [1]",
        ],
      },
    ]);

    const kagame = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: KAGAME_ID,
    });
    expect(at(kagame.sections, 0).title).toBe("What to raise with Paul Kagame");
    expect(kagame.meeting?.openAsks.map((a) => a.askId)).toEqual([22]);
    expect(text(kagame)).toContain(
      "Release Paul Rusesabagina on humanitarian grounds. First raised in a public letter on 20 Aug 2022; no answer recorded yet. No follow-up date set.",
    );
    expect(section(kagame, "meeting-history").blocks).toEqual([
      { kind: "paragraph", text: "Paul Kagame has not given a final answer on this case yet.", style: "muted" },
    ]);
  });

  it("tells each ask once in a meeting brief: the official's in sentences, the others' in the tables", () => {
    const askTexts = [
      "Raise Rusesabagina's release with President Kagame",
      "Press for his return to the United States",
      "Release Paul Rusesabagina on humanitarian grounds",
    ];
    for (const officialId of [BLINKEN_ID, KAGAME_ID]) {
      const all = text(buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true, officialId }));
      for (const ask of askTexts) expect(all.split(ask).length - 1, ask).toBe(1);
    }
    // The general brief keeps both tables whole.
    const general = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true, officialId: null });
    const open = at(section(general, "open-asks").blocks, 0);
    expect(open.kind === "table" && open.rows.length).toBe(2);
  });

  it("leaves out of a meeting brief the outcomes the timeline tells and other officials' asks when there are none", () => {
    const data = rusesabaginaBriefData();
    const general = buildCaseBrief(data, { ...base, includeConfidential: true, officialId: null });
    const meeting = buildCaseBrief(data, { ...base, includeConfidential: true, officialId: BLINKEN_ID });
    const ids = (b: typeof general) => b.sections.map((s) => s.id);
    expect(ids(general)).toEqual(expect.arrayContaining(["advocacy", "open-asks", "outcomes"]));
    expect(ids(meeting)).not.toContain("outcomes");
    const timeline = section(meeting, "timeline").blocks[0];
    const told = timeline?.kind === "table" ? timeline.rows.map((r) => r[1]).join("\n") : "";
    for (const o of data.outcomes) expect(told).toContain(o.description);
    // Every ask of the reference case but Blinken's is open: no answered asks of others to list.
    expect(ids(meeting)).not.toContain("advocacy");
  });

  it("an answer moves into the sentence with its date and words", () => {
    const data = rusesabaginaBriefData({ publicVersion: true });
    const ask = data.asks.find((a) => a.id === 22)!;
    ask.channel = "letter";
    ask.madeOn = "2022-08-09";
    ask.followUpOn = "2022-09-01";
    ask.status = "acknowledged";
    ask.changes = [
      {
        id: 70,
        toStatus: "acknowledged",
        note: "",
        noteConfidential: false,
        changedAt: "2022-08-25T10:00:00.000Z",
        occurredOn: "2022-08-18",
      },
    ];
    const brief = buildCaseBrief(data, { ...base, includeConfidential: false, officialId: KAGAME_ID });
    const list = section(brief, "this-meeting").blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items[0]).toBe(
      "Release Paul Rusesabagina on humanitarian grounds. First raised by letter on 9 Aug 2022; the office acknowledged it on 18 Aug. Follow up by 1 Sep 2022 (overdue).",
    );
  });

  it("sizes table columns to what they hold, so dates and channels stay on one line", () => {
    const brief = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true, officialId: null });
    const advocacy = at(section(brief, "advocacy").blocks, 0);
    if (advocacy.kind !== "table") throw new Error("advocacy table");
    const width = (label: string) => advocacy.columns.find((c) => c.label === label)?.width ?? 0;
    const total = advocacy.columns.reduce((s, c) => s + c.width, 0);
    // 104 characters across the page: "20 Aug 2022" and "Public letter" keep a line each.
    expect((width("Date") / total) * 104).toBeGreaterThanOrEqual("20 Aug 2022".length);
    expect((width("Channel") / total) * 104).toBeGreaterThanOrEqual("Public letter".length);
    expect(width("Ask")).toBeGreaterThan(1.5 * width("Date"));
    expect(width("Response / status")).toBeGreaterThan(width("Office then"));
  });

  it("names files after the case slug and the date", () => {
    expect(briefFileName("paul-rusesabagina", "2026-11-27", "pdf")).toBe("paul-rusesabagina-brief-2026-11-27.pdf");
    // The version with confidential items says so in its name.
    expect(briefFileName("paul-rusesabagina", "2026-11-27", "pdf", true)).toBe("paul-rusesabagina-brief-2026-11-27-CONFIDENTIAL.pdf");
    const withConfidential = buildCaseBrief(rusesabaginaBriefData(), { ...base, includeConfidential: true, officialId: null });
    expect(withConfidential.fileBase).toBe("paul-rusesabagina-brief-2026-11-27-CONFIDENTIAL");
    const without = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), {
      ...base,
      includeConfidential: false,
      officialId: null,
    });
    expect(without.fileBase).toBe("paul-rusesabagina-brief-2026-11-27");
    expect(citeMarks([3, 1, 3])).toBe("[1][3]");
    expect(citeMarks([5, 1, 2, 3, 7, 8])).toBe("[1–3][5][7][8]");
    // Slugs may be in any script; the header stays ASCII and carries the UTF-8 name.
    const disposition = attachmentDisposition("نرگس-محمدی-brief-2026-11-27.pdf");
    expect(disposition).toMatch(/^[\x20-\x7e]+$/);
    expect(disposition).toContain('filename="____-_____-brief-2026-11-27.pdf"');
    expect(decodeURIComponent(at(disposition.split("UTF-8''"), 1))).toBe("نرگس-محمدی-brief-2026-11-27.pdf");
  });
});
