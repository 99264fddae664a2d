import { z } from "zod";

// Control characters other than tab and newline have no place in typed text and
// can hide content from a reader; they are refused rather than silently stripped.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A required single-line or multi-line text field, trimmed. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be ${max.toLocaleString("en")} characters or fewer.` })
    .refine((v) => !CONTROL_CHARS.test(v), { error: `${label} contains invalid characters.` });
}

/** An optional text field; empty input becomes "". */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be ${max.toLocaleString("en")} characters or fewer.` })
    .refine((v) => !CONTROL_CHARS.test(v), { error: `${label} contains invalid characters.` })
    .default("");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** No case this tracker follows predates 1900: an earlier year is a typing slip ("0022", "1022"). */
const EARLIEST_YEAR = 1900;
const EARLIEST_DATE = `${EARLIEST_YEAR}-01-01`;

/** An optional calendar date (YYYY-MM-DD); empty input becomes null. */
export function optionalDate(label: string, { notInFuture = false } = {}) {
  return z
    .string({ error: `${label} must be a date.` })
    .trim()
    .refine((v) => v === "" || isRealDate(v), { error: `${label} must be a valid date (YYYY-MM-DD).` })
    .refine((v) => v === "" || !isRealDate(v) || v >= EARLIEST_DATE, { error: `${label} cannot be before ${EARLIEST_YEAR}.` })
    .refine((v) => !notInFuture || v === "" || v <= todayIso(), {
      error: `${label} cannot be in the future.`,
    })
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : v));
}

/** A required calendar date (YYYY-MM-DD). */
export function requiredDate(label: string, { notInFuture = false } = {}) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .refine((v) => isRealDate(v), { error: `${label} must be a valid date (YYYY-MM-DD).` })
    .refine((v) => !isRealDate(v) || v >= EARLIEST_DATE, { error: `${label} cannot be before ${EARLIEST_YEAR}.` })
    .refine((v) => !notInFuture || v <= todayIso(), { error: `${label} cannot be in the future.` });
}

/** The day a move happened: required, not in the future; the form fills in today. */
export function occurredOnField() {
  return requiredDate("Date it happened", { notInFuture: true });
}

/**
 * Adds a field error when `later` is before `earlier` (both YYYY-MM-DD or empty); a date
 * that is missing or malformed is left to its own field's message.
 */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  earlier: string | null | undefined,
  later: string | null | undefined,
  path: string,
  message: string,
) {
  if (earlier && later && isRealDate(earlier) && isRealDate(later) && later < earlier) {
    ctx.addIssue({ code: "custom", path: [path], message });
  }
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A record id coming from a form or URL: a positive integer. */
// A record id is a number, or its decimal digits as text: coercing any string would read
// "0x10" as 16 and " 7 " as 7, naming a record the caller never wrote.
export const recordId = z
  .union(
    [
      z.number({ error: "Unknown record." }),
      z
        .string()
        .regex(/^[1-9]\d{0,15}$/, { error: "Unknown record." })
        .transform(Number),
    ],
    {
      error: "Unknown record.",
    },
  )
  .pipe(
    z
      .number()
      .int({ error: "Unknown record." })
      .positive({ error: "Unknown record." })
      .max(Number.MAX_SAFE_INTEGER, { error: "Unknown record." }),
  );

/** Parses a route segment such as "12"; anything else is treated as not found. */
export function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** The confidential flag every kind of record (and every note on a move) carries, with one message. */
export function confidentialFlag() {
  return z.boolean({ error: "Confidential must be yes or no." }).default(false);
}

const sourceId = z.coerce
  .string()
  .trim()
  .refine((v) => /^[1-9]\d{0,15}$/.test(v), { error: "Choose sources from the list." })
  .transform((v) => Number(v));

/** The case's sources a form cites for what it records: ids, each once, at most 50. */
export function citedSourceIds() {
  return z
    .array(sourceId, { error: "Choose sources from the list." })
    .max(50, { error: "Link at most 50 sources." })
    .default([])
    .transform((ids) => [...new Set(ids)]);
}
