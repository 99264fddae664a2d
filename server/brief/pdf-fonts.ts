import * as fontkit from "fontkit";
import { FALLBACK_ORDER, FONT_FILES, type FontKey } from "./font-catalog";
import { keepShapedLetters, mapGlyphsPerLetters } from "./pdf-glyph-map";

// The brief's fonts: a font file is opened (parsed) the first time a character needs it,
// once per process, and shared by every document; each document embeds only a subset
// holding the glyphs it uses. Which font a character takes is chosen here, by coverage.

const fontCache = new Map<string, fontkit.Font>();
function openFont(file: string): fontkit.Font {
  let font = fontCache.get(file);
  if (!font) {
    font = fontkit.openSync(file) as fontkit.Font;
    keepShapedLetters(font);
    fontCache.set(file, font);
  }
  return font;
}

function fontFile(key: FontKey, bold: boolean): string {
  const face = FONT_FILES[key];
  return (bold && face.bold) || face.regular;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u;
const coverage = new Map<number, FontKey | null>();

/** The first font in the fallback order with a glyph for the character, or null if none has one. */
export function fontCovering(cp: number): FontKey | null {
  let key = coverage.get(cp);
  if (key !== undefined) return key;
  key = null;
  // Hangul is only in the Korean font: skip opening the Chinese and Japanese ones for it.
  const order = HANGUL.test(String.fromCodePoint(cp)) ? (["korean"] as const) : FALLBACK_ORDER;
  for (const candidate of order) {
    if (openFont(FONT_FILES[candidate].regular).hasGlyphForCodePoint(cp)) {
      key = candidate;
      break;
    }
  }
  coverage.set(cp, key);
  return key;
}

/** True when the font has a glyph for the character. */
export function fontHas(key: FontKey, cp: number): boolean {
  return openFont(FONT_FILES[key].regular).hasGlyphForCodePoint(cp);
}

// Word shapes per font, shared by all documents; dropped when it grows large.
const layoutCaches = new Map<string, Record<string, unknown>>();
const MAX_CACHED_WORDS = 20_000;
function sharedLayoutCache(key: string): Record<string, unknown> {
  let cache = layoutCaches.get(key);
  if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(key, cache);
  }
  return cache;
}

// Measured widths of words per font and size, shared by all documents.
const widthCache = new Map<string, number>();

/** The Latin regular font, opened: what a document starts with. */
export function defaultFont(): fontkit.Font {
  return openFont(FONT_FILES.latin.regular);
}

/** One document's fonts: registers each font and weight once, and measures words. */
export class PdfFonts {
  private registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Selects the font, weight and size (registering it on first use). */
  use(font: FontKey, bold: boolean, size: number) {
    const key = `${font}-${bold ? "b" : "r"}`;
    if (!this.registered.has(key)) {
      // pdfkit's types ask for a file name or bytes; it also takes an opened fontkit font.
      this.doc.registerFont(key, openFont(fontFile(font, bold)) as unknown as string);
      this.doc.font(key);
      // pdfkit finds an already-open font by its PostScript name but does not remember
      // the registered name for it, re-opening it on every switch; remember it here.
      const internals = this.doc as unknown as { _fontFamilies: Record<string, unknown>; _font: { layoutCache?: object } };
      internals._fontFamilies[key] = internals._font;
      // Shaping a word (fontkit's GSUB/GPOS) is the costly part of rendering; pdfkit
      // caches it per document, this shares that cache between documents.
      internals._font.layoutCache = sharedLayoutCache(key);
      mapGlyphsPerLetters(internals._font);
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
    return key;
  }

  /** The width of `text` in the font, weight and size. */
  measure(text: string, font: FontKey, bold: boolean, size: number): number {
    const key = `${font}${bold ? "b" : "r"}${size}|${text}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      this.use(font, bold, size);
      w = this.doc.widthOfString(text);
      if (widthCache.size > MAX_CACHED_WORDS * 4) widthCache.clear();
      widthCache.set(key, w);
    }
    return w;
  }
}
