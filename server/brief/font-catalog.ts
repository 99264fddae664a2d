import path from "node:path";

// The brief's fonts, all Noto (SIL Open Font License, which allows embedding), shipped
// inside npm packages so nothing is downloaded at run time. A run of text is drawn in the
// first font of FALLBACK_ORDER that has a glyph for each of its characters: Latin first
// (it also holds Greek, Cyrillic and Devanagari), the scripts next, symbols after them,
// and the Chinese, Japanese and Korean fonts last, since each is several megabytes and is
// opened only when a character is in none of the others.

export type FontKey =
  | "latin"
  | "arabic"
  | "hebrew"
  | "bengali"
  | "tamil"
  | "ethiopic"
  | "myanmar"
  | "tibetan"
  | "thai"
  | "georgian"
  | "armenian"
  | "symbols"
  | "symbols2"
  | "math"
  | "cjk"
  | "japanese"
  | "korean";

export interface FontFace {
  family: string;
  regular: string;
  /** The bold face; null when the family has only one weight (symbols, math). */
  bold: string | null;
}

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts");

function noto(pkg: string, stem: string, family: string, hasBold = true): FontFace {
  return {
    family,
    regular: path.join(FONT_DIR, pkg, `400Regular/${stem}_400Regular.ttf`),
    bold: hasBold ? path.join(FONT_DIR, pkg, `700Bold/${stem}_700Bold.ttf`) : null,
  };
}

export const FONT_FILES: Record<FontKey, FontFace> = {
  latin: noto("noto-sans", "NotoSans", "Noto Sans"),
  arabic: noto("noto-sans-arabic", "NotoSansArabic", "Noto Sans Arabic"),
  hebrew: noto("noto-sans-hebrew", "NotoSansHebrew", "Noto Sans Hebrew"),
  bengali: noto("noto-sans-bengali", "NotoSansBengali", "Noto Sans Bengali"),
  tamil: noto("noto-sans-tamil", "NotoSansTamil", "Noto Sans Tamil"),
  ethiopic: noto("noto-sans-ethiopic", "NotoSansEthiopic", "Noto Sans Ethiopic"),
  myanmar: noto("noto-sans-myanmar", "NotoSansMyanmar", "Noto Sans Myanmar"),
  tibetan: noto("noto-serif-tibetan", "NotoSerifTibetan", "Noto Serif Tibetan"),
  thai: noto("noto-sans-thai", "NotoSansThai", "Noto Sans Thai"),
  georgian: noto("noto-sans-georgian", "NotoSansGeorgian", "Noto Sans Georgian"),
  armenian: noto("noto-sans-armenian", "NotoSansArmenian", "Noto Sans Armenian"),
  symbols: noto("noto-sans-symbols", "NotoSansSymbols", "Noto Sans Symbols"),
  symbols2: noto("noto-sans-symbols-2", "NotoSansSymbols2", "Noto Sans Symbols 2", false),
  math: noto("noto-sans-math", "NotoSansMath", "Noto Sans Math", false),
  cjk: noto("noto-sans-sc", "NotoSansSC", "Noto Sans SC"),
  japanese: noto("noto-sans-jp", "NotoSansJP", "Noto Sans JP"),
  korean: noto("noto-sans-kr", "NotoSansKR", "Noto Sans KR"),
};

export const FALLBACK_ORDER: readonly FontKey[] = [
  "latin",
  "arabic",
  "hebrew",
  "bengali",
  "tamil",
  "ethiopic",
  "myanmar",
  "tibetan",
  "thai",
  "georgian",
  "armenian",
  "symbols",
  "symbols2",
  "math",
  "cjk",
  "japanese",
  "korean",
];
