import * as fontkit from "fontkit";
import { FONT_FILES, type FontScript } from "./scripts";

// The brief's fonts: the font files are opened (parsed) once per process and shared by
// every document; each document embeds only a subset holding the glyphs it uses. Which
// script's font a character takes is chosen in ./scripts.

const fontCache = new Map<string, fontkit.Font>();
function openFont(file: string): fontkit.Font {
  let font = fontCache.get(file);
  if (!font) {
    font = fontkit.openSync(file) as fontkit.Font;
    fontCache.set(file, font);
  }
  return font;
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

/** One document's fonts: registers each script and weight once, and measures words. */
export class PdfFonts {
  private registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Selects the font for the script, weight and size (registering it on first use). */
  use(script: FontScript, bold: boolean, size: number) {
    const key = `${script}-${bold ? "b" : "r"}`;
    if (!this.registered.has(key)) {
      const files = FONT_FILES[script];
      // pdfkit's types ask for a file name or bytes; it also takes an opened fontkit font.
      this.doc.registerFont(key, openFont(bold ? files.bold : files.regular) as unknown as string);
      this.doc.font(key);
      // pdfkit finds an already-open font by its PostScript name but does not remember
      // the registered name for it, re-opening it on every switch; remember it here.
      const internals = this.doc as unknown as { _fontFamilies: Record<string, unknown>; _font: { layoutCache?: object } };
      internals._fontFamilies[key] = internals._font;
      // Shaping a word (fontkit's GSUB/GPOS) is the costly part of rendering; pdfkit
      // caches it per document, this shares that cache between documents.
      internals._font.layoutCache = sharedLayoutCache(key);
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
    return key;
  }

  /** The width of `text` in the script's font, weight and size. */
  measure(text: string, script: FontScript, bold: boolean, size: number): number {
    const key = `${script}${bold ? "b" : "r"}${size}|${text}`;
    let w = widthCache.get(key);
    if (w === undefined) {
      this.use(script, bold, size);
      w = this.doc.widthOfString(text);
      if (widthCache.size > MAX_CACHED_WORDS * 4) widthCache.clear();
      widthCache.set(key, w);
    }
    return w;
  }
}
