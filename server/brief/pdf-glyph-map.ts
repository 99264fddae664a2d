import type * as fontkit from "fontkit";

// What a reader copying text out of the PDF gets back is each glyph's entry in the
// font's ToUnicode map. Shaped scripts share one glyph between letters (Arabic ب and ن
// share their undotted initial form, the dot drawn as a mark), and fontkit caches one
// glyph object per glyph id, so the letter seen first was mapped for all of them and
// ز came back as ر. These two patches keep the letters of each drawn glyph, and give a
// glyph used for different letters one subset entry per letter sequence.

type Glyph = fontkit.Glyph & { codePoints: number[] };

/** Makes `getGlyph` return the glyph with the letters it was shaped from, not the first ones. */
export function keepShapedLetters(font: fontkit.Font): void {
  const patched = font as unknown as { getGlyph(id: number, chars?: number[]): Glyph; __lettersKept?: true };
  if (patched.__lettersKept) return;
  const getGlyph = patched.getGlyph.bind(font);
  patched.getGlyph = (id, chars = []) => {
    const glyph = getGlyph(id, chars);
    if (!glyph || !chars.length || sameLetters(glyph.codePoints, chars)) return glyph;
    const copy = Object.create(glyph) as Glyph;
    copy.codePoints = chars;
    return copy;
  };
  patched.__lettersKept = true;
}

interface EmbeddedFont {
  document: { ref(): { end(data: string): void } };
  toUnicodeCmap(): unknown;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
  scale: number;
  encode(text: string, features?: unknown): [string[], unknown[]];
}

/** Replaces pdfkit's encoder of one embedded font with one that maps each glyph use to its letters. */
export function mapGlyphsPerLetters(embedded: unknown): void {
  const font = embedded as EmbeddedFont;
  const subsetIds = new Map<string, number>();
  font.encode = function encode(text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const codes: string[] = [];
    for (const glyph of glyphs) {
      const letters = glyph.codePoints ?? [];
      const key = `${glyph.id}:${letters.join(",")}`;
      let gid = subsetIds.get(key);
      if (gid === undefined) {
        gid = this.subset.includeGlyph(glyph.id);
        const mapped = this.unicode[gid];
        if (mapped != null && !sameLetters(mapped, letters)) {
          // The same outline again under another subset id, so each id has one meaning.
          this.subset.glyphs.push(glyph.id);
          gid = this.subset.glyphs.length - 1;
        }
        subsetIds.set(key, gid);
      }
      codes.push(`0000${gid.toString(16)}`.slice(-4));
      if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
      if (this.unicode[gid] == null) this.unicode[gid] = letters;
    }
    return [codes, positions];
  };
  // pdfkit writes an empty entry for a glyph that stands for no letter (the dot of a
  // decomposed Arabic letter, whose letter its base glyph carries), which extractors read
  // as stray characters; such glyphs are left out of the map instead.
  font.toUnicodeCmap = function toUnicodeCmap() {
    const entries: string[] = [];
    this.unicode.forEach((letters, gid) => {
      if (letters?.length) entries.push(`<${hex(gid)}> <${utf16(letters)}>`);
    });
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const block = entries.slice(i, i + 100);
      blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
    }
    const cmap = this.document.ref();
    cmap.end(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${blocks.join("\n")}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`);
    return cmap;
  };
}

const hex = (n: number) => n.toString(16).padStart(4, "0");
function utf16(letters: readonly number[]) {
  return letters
    .map((cp) => (cp > 0xffff ? [0xd800 | ((cp - 0x10000) >>> 10), 0xdc00 | ((cp - 0x10000) & 0x3ff)].map(hex).join("") : hex(cp)))
    .join("");
}

function sameLetters(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
