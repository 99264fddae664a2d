import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { buildCaseBrief, type BriefOptions } from "@/domain/brief";
import { BLINKEN_ID, KAGAME_ID, nonLatinBriefData, rusesabaginaBriefData } from "@/domain/brief.fixture";
import { renderBriefPdf } from "./pdf";
import { renderBriefDocx } from "./docx";
import { defined } from "@/domain/test-helpers";
import { pdfPageTexts } from "./test/pdf-page-texts";

function docxText(buf: Buffer): string {
  const files = unzipSync(new Uint8Array(buf));
  const xml = (name: string) => (files[name] ? strFromU8(files[name]) : "");
  const toText = (s: string) =>
    s
      .replace(/<\/w:p>/g, "\n")
      .replace(/<w:tab\/>/g, "\t")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  const headers = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  return [toText(xml("word/document.xml")), ...headers.map((h) => toText(xml(h)))].join("\n");
}

const opts = (o: Partial<BriefOptions> = {}): BriefOptions => ({
  includeConfidential: false,
  officialId: null,
  preparedBy: "Carlos Campaigner",
  today: "2026-11-27",
  ...o,
});

// A meeting brief leaves out what it has told already (the official's asks, outcomes the
// timeline holds) and what would only say "none" (domain/brief.test.ts checks which).
const SECTION_TITLES = ["Summary", "Key facts", "Timeline", "Sources"];

describe("PDF brief", { timeout: 60_000 }, () => {
  it("holds the sections, the sources and non-Latin names, with page numbers and the case on every page", async () => {
    const brief = buildCaseBrief(nonLatinBriefData(), opts({ officialId: BLINKEN_ID }));
    const pages = await pdfPageTexts(await renderBriefPdf(brief));
    const all = pages.join("\n");
    for (const title of [...SECTION_TITLES, "What to raise with Antony Blinken", "What Antony Blinken answered before"])
      expect(all).toContain(title);
    expect(all).toContain("Нина Петрова");
    expect(all).toContain("刘晓波");
    expect(all).toContain("José Ñúñez");
    expect(all).toContain("محمدی");
    // For a meeting with Blinken the brief opens with his asks, which cite the news report first.
    expect(all).toMatch(/\[1\]\s+Blinken arrives in Rwanda for talks with Kagame/);
    expect(all).toMatch(/\[2\]\s+Human Rights Watch: Blinken should press Rwanda on repression/);
    expect(all).toContain("Blinken arrives in Rwanda for talks with Kagame. 11 Aug 2022. News. No URL recorded.");
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain("Case brief:");
    });
    expect(all).not.toContain("CONFIDENTIAL");
    expect(all).not.toContain("Embassy contact's account");
  });

  it("fits the reference case's meeting brief on two pages, with what to raise on page one", async () => {
    for (const [officialId, includeConfidential] of [
      [BLINKEN_ID, false],
      [BLINKEN_ID, true],
      [KAGAME_ID, true],
    ] as const) {
      const data = rusesabaginaBriefData({ publicVersion: !includeConfidential });
      const pages = await pdfPageTexts(await renderBriefPdf(buildCaseBrief(data, opts({ officialId, includeConfidential }))));
      expect(pages).toHaveLength(2);
      expect(pages[0]).toMatch(/What to raise with[\s\S]*answered before[\s\S]*Summary/);
    }
  });

  it("marks every page CONFIDENTIAL only when confidential items are included", async () => {
    const brief = buildCaseBrief(rusesabaginaBriefData(), opts({ includeConfidential: true }));
    const pages = await pdfPageTexts(await renderBriefPdf(brief));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("CONFIDENTIAL");
    // The first line of the document says so too.
    expect(pages[0]?.trimStart()).toMatch(/^CONFIDENTIAL\s+CASE BRIEF/);
    expect(pages.join("\n")).toContain("Embassy contact's account of the prison visit");
  });
});

describe("Word brief", { timeout: 60_000 }, () => {
  it("holds the same sections, sources and non-Latin names, with right-to-left runs marked", async () => {
    const brief = buildCaseBrief(nonLatinBriefData(), opts({ officialId: BLINKEN_ID }));
    const buf = await renderBriefDocx(brief);
    const text = docxText(buf);
    for (const title of [...SECTION_TITLES, "What to raise with Antony Blinken", "What Antony Blinken answered before"])
      expect(text).toContain(title);
    expect(text).toContain("نرگس محمدی");
    expect(text).toContain("Нина Петрова");
    expect(text).toContain("刘晓波");
    expect(text).toContain("Blinken arrives in Rwanda for talks with Kagame. 11 Aug 2022. News. No URL recorded.");
    expect(text).not.toContain("CONFIDENTIAL");
    const xml = strFromU8(defined(unzipSync(new Uint8Array(buf))["word/document.xml"], "word/document.xml in the file"));
    expect(xml).toMatch(/<w:rtl\/>[\s\S]*?<w:t[^>]*>نرگس محمدی<\/w:t>/);
    // Word picks Noto for each script.
    const styles = strFromU8(defined(unzipSync(new Uint8Array(buf))["word/styles.xml"], "word/styles.xml in the file"));
    expect(styles).toContain('w:cs="Noto Sans Arabic"');
    expect(styles).toContain('w:eastAsia="Noto Sans SC"');
  });

  it("marks the document CONFIDENTIAL only when confidential items are included", async () => {
    const text = docxText(await renderBriefDocx(buildCaseBrief(rusesabaginaBriefData(), opts({ includeConfidential: true }))));
    expect(text).toContain("CONFIDENTIAL");
    expect(text.trimStart()).toMatch(/^CONFIDENTIAL\s+CASE BRIEF/);
    expect(text).toContain("Embassy contact's account of the prison visit");
  });

  it("says the same as the PDF: every source line appears in both", async () => {
    const brief = buildCaseBrief(rusesabaginaBriefData({ publicVersion: true }), opts());
    const [pdf, docx] = [
      (await pdfPageTexts(await renderBriefPdf(brief))).join(" ").replace(/\s+/g, " "),
      docxText(await renderBriefDocx(brief)).replace(/\s+/g, " "),
    ];
    expect(brief.sources.length).toBeGreaterThan(0);
    for (const s of brief.sources) {
      expect(pdf).toContain(s.text.replace(/\s+/g, " "));
      expect(docx).toContain(s.text);
    }
  });

  it("says the same as the PDF in the same order, word for word", async () => {
    for (const [officialId, includeConfidential] of [
      [null, false],
      [KAGAME_ID, true],
    ] as const) {
      const brief = buildCaseBrief(
        rusesabaginaBriefData({ publicVersion: !includeConfidential }),
        opts({ officialId, includeConfidential }),
      );
      const pages = await pdfPageTexts(await renderBriefPdf(brief));
      // The running lines are the page's furniture, drawn in Word's header and footer part.
      const furniture = [brief.runningTitle, "CONFIDENTIAL", /Paul Rusesabagina · prepared \d+ \w+ \d{4}/, /Page \d+ of \d+/];
      const withoutLast = (page: string, f: string | RegExp) => {
        if (typeof f !== "string") return page.replace(f, "");
        const at = page.lastIndexOf(f);
        return at < 0 ? page : page.slice(0, at) + page.slice(at + f.length);
      };
      const body = pages.map((page) => furniture.reduce(withoutLast, page));
      const squash = (t: string) => t.replace(/\s+/g, "");
      const word = squash(docxText(await renderBriefDocx(brief)).split(brief.runningTitle)[0] ?? "");
      // A table that runs onto the next page repeats its column labels there; Word's
      // repeated header row is one row in the file.
      const labels = brief.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === "table" ? [squash(b.columns.map((c) => c.label).join(""))] : [])),
      );
      let pdf = "";
      for (const page of body) {
        let text = squash(page);
        const repeated = labels.find((l) => pdf && text.startsWith(l) && !word.startsWith(pdf + l));
        if (repeated) text = text.slice(repeated.length);
        pdf += text;
      }
      expect(pdf).toBe(word);
    }
  });
});
