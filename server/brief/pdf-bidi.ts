import bidiFactory from "bidi-js";

// Bidi levels for one paragraph of the PDF brief, by the Unicode bidi algorithm with a
// left-to-right base (the brief is an English document). A line made of fields (a source's
// title, date, outlet and address, joined by ". ") that mixes directions has each field
// isolated (as if wrapped in FSI … PDI), so a Persian outlet never reorders into the date
// beside it; digits inside right-to-left text keep their order by the algorithm itself.

const bidi = bidiFactory();

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u0900-\u0DFF\u1000-\u109F\u1200-\u139F\u2E80-\u9FFF\uAC00-\uD7AF]/;
const FSI = "\u2068";
const PDI = "\u2069";
const FIELD_SEPARATOR = ". ";

/** The embedding level of each UTF-16 unit of `para`, or null when it is wholly left to right. */
export function fieldLevels(para: string): Uint8Array | null {
  if (!RTL.test(para)) return null;
  const fields = para.split(FIELD_SEPARATOR);
  if (fields.length === 1 || !LTR.test(para)) return bidi.getEmbeddingLevels(para, "ltr").levels;
  const isolated = fields.map((f) => FSI + f + PDI).join(FIELD_SEPARATOR);
  const all = bidi.getEmbeddingLevels(isolated, "ltr").levels;
  const levels = new Uint8Array(para.length);
  let from = 0;
  let to = 0;
  fields.forEach((field, n) => {
    if (n > 0) {
      levels.fill(0, to, to + FIELD_SEPARATOR.length);
      from += FIELD_SEPARATOR.length;
      to += FIELD_SEPARATOR.length;
    }
    from += 1; // the FSI
    levels.set(all.subarray(from, from + field.length), to);
    from += field.length + 1; // the field and its PDI
    to += field.length;
  });
  return levels;
}
