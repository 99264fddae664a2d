import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCaseBrief, type BriefOptions } from "@/domain/brief";
import { everyScriptBriefData, PERSIAN_SOURCE, SCRIPT_SAMPLES } from "@/domain/brief-scripts.fixture";
import { findMissingGlyphs } from "./missing-glyphs";
import { renderBriefPdf } from "./pdf";
import { pdfPageTexts } from "./test/pdf-page-texts";

const opts: BriefOptions = { includeConfidential: false, officialId: null, preparedBy: "Carlos Campaigner", today: "2026-11-27" };

// Words pdf.js reads on one line are joined by a space, as its text layer does.
async function pdfJsText(buf: Buffer): Promise<string> {
  return (await pdfPageTexts(buf)).map((page) => page.replace(/\n/g, " ")).join("");
}

function pdftotext(buf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "brief-")), "brief.pdf");
  writeFileSync(file, buf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
}

// Extractors put their own spaces and bidi marks between drawn runs; letters are compared.
const letters = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");

// Scripts whose vowel signs are drawn before the consonant they follow (Bengali ি) or
// reordered by shaping (Myanmar, Tibetan): extractors read glyphs in drawing order.
const REORDERED = new Set(["bengali", "myanmar", "tibetan"]);

// What pdf.js still reads differently from what was typed (pdftotext reads all of it):
// Arabic-script words whose letters are drawn as a base glyph and a separate dot mark.
const PDFJS_LOSES = ["arabic", "urdu", "زندان", PERSIAN_SOURCE.outlet.replace(/\u200c/g, "")];

describe("PDF brief in every script", { timeout: 60_000 }, () => {
  it("gives back the letters entered, in pdf.js and pdftotext", async () => {
    const pdf = await renderBriefPdf(buildCaseBrief(everyScriptBriefData(), opts));
    for (const [name, extracted] of [
      ["pdf.js", await pdfJsText(pdf)],
      ["pdftotext", pdftotext(pdf)],
    ] as const) {
      const text = letters(extracted).replace(/\u200c/g, "");
      const lost: string[] = [];
      for (const [script, sample] of Object.entries(SCRIPT_SAMPLES)) {
        if (REORDERED.has(script) || script === "persian") continue;
        if (!text.includes(letters(sample))) lost.push(script);
      }
      // Persian letters that share a glyph outline with another letter come back as typed.
      for (const word of ["زندان", "سال", "محمدی", "۱۴۰۲", PERSIAN_SOURCE.outlet.replace(/\u200c/g, "")]) {
        if (!text.includes(letters(word))) lost.push(word);
      }
      expect(lost, name).toEqual(name === "pdf.js" ? PDFJS_LOSES : []);
    }
  });

  it("has a glyph for every character of the brief", () => {
    expect(findMissingGlyphs(buildCaseBrief(everyScriptBriefData(), opts))).toEqual([]);
  });

  it("names each character no font has, and where it is", () => {
    const data = everyScriptBriefData();
    data.case = { ...data.case, personName: "Ali 😀", summary: "Held 😀 and \u{1F9FF}" };
    expect(findMissingGlyphs(buildCaseBrief(data, opts))).toEqual([
      { char: "😀", codePoint: "U+1F600", where: ["Header: name", "Summary"] },
      { char: "\u{1F9FF}", codePoint: "U+1F9FF", where: ["Summary"] },
    ]);
  });
});
