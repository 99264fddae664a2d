// Which characters Word needs marked: right-to-left runs (Arabic, Persian, Urdu, Hebrew)
// and Chinese, Japanese and Korean runs (Word's east-Asian font slot). The PDF chooses
// its fonts by coverage instead (./pdf-fonts).

export type FontScript = "latin" | "arabic" | "cjk";

/** The script a character needs a font for, or null for neutrals (spaces, digits, punctuation). */
function scriptOf(cp: number): FontScript | null {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? "latin" : null;
  if (
    (cp >= 0x0590 && cp <= 0x05ff) ||
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return "arabic";
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x2fa1f)
  )
    return "cjk";
  if (/[\p{L}\p{M}]/u.test(String.fromCodePoint(cp))) return "latin";
  return null;
}

/** True for characters after which a line may break without a space (Chinese, Japanese). */
export function isCjkBreakable(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f);
}

/** Splits text into runs that each need one font; neutrals join the run before them. */
export function scriptRuns(text: string): { script: FontScript; text: string }[] {
  const runs: { script: FontScript; text: string }[] = [];
  let pending = "";
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (s === null) {
      if (last) last.text += ch;
      else pending += ch;
    } else if (last && last.script === s) {
      last.text += ch;
    } else {
      runs.push({ script: s, text: pending + ch });
      pending = "";
    }
  }
  if (pending) runs.push({ script: "latin", text: pending });
  return runs;
}

const RTL_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u2E80-\u9FFF]/;

/**
 * True when text is written wholly right to left (an Arabic or Persian name or note):
 * such text is aligned right. The brief itself is an English document, so mixed text
 * keeps a left-to-right base direction with the right-to-left runs reordered inside it.
 */
export function isRtlParagraph(text: string): boolean {
  return RTL_STRONG.test(text) && !LTR_STRONG.test(text);
}
