import type { BriefData } from "./brief";
import { nonLatinBriefData } from "./brief.fixture";

// A brief holding a name in each script the brief must print, a Persian source (title,
// outlet and date in separate fields) and the symbols campaign staff type.

/** One sample per script: what is typed, and which script it is. */
export const SCRIPT_SAMPLES = {
  latin: "José Ñúñez",
  cyrillic: "Нина Петрова",
  greek: "Ελένη Παπαδοπούλου",
  arabic: "علاء عبد الفتاح",
  persian: "نرگس محمدی در زندان اوین از سال ۱۴۰۲ است",
  urdu: "ادریس خٹک",
  hebrew: "אברהם כהן",
  devanagari: "सुधा भारद्वाज",
  bengali: "শহিদুল আলম",
  tamil: "தமிழ்நாடு",
  ethiopic: "ዳዊት ይስሐቅ",
  myanmar: "မြန်မာ",
  tibetan: "བོད་ཡིག",
  thai: "ประเทศไทย",
  georgian: "მზია ამაღლობელი",
  armenian: "Հայաստան",
  chinese: "刘晓波",
  japanese: "ひらがな カタカナ",
  korean: "한국어",
  symbols: "→ ✓ ≥ ≤ ≠ • – “quoted”",
} as const;

export const PERSIAN_SOURCE = {
  title: "بازداشت دوباره نرگس محمدی",
  outlet: "بی‌بی‌سی فارسی",
  publishedOn: "2023-11-05",
};

export function everyScriptBriefData(): BriefData {
  const data = nonLatinBriefData();
  data.case = {
    ...data.case,
    summary: Object.values(SCRIPT_SAMPLES).join(". "),
  };
  const first = data.sources[0];
  if (first) data.sources[0] = { ...first, ...PERSIAN_SOURCE, url: "https://www.bbc.com/persian/articles/c1" };
  return data;
}
