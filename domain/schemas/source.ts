import { z } from "zod";
import { checkWebUrl } from "../url";
import { confidentialFlag, optionalDate, optionalText, recordId, requiredText } from "./fields";

export const SOURCE_TYPES = [
  "news_report",
  "ngo_statement",
  "un_document",
  "court_record",
  "government_statement",
  "social_media_post",
  "other",
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  news_report: "News report",
  ngo_statement: "NGO statement",
  un_document: "UN document",
  court_record: "Court record",
  government_statement: "Government statement",
  social_media_post: "Social media post",
  other: "Other",
};

export function sourceTypeLabel(type: string): string {
  return (SOURCE_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/**
 * An optional web address: empty becomes null (statements, court papers and print
 * reports often have none); anything else must be an http(s) address.
 */
const optionalWebUrl = z
  .string({ error: "The web address must be text." })
  .trim()
  .default("")
  .superRefine((value, ctx) => {
    if (value === "") return;
    const check = checkWebUrl(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.reason });
  })
  .transform((value) => {
    if (value === "") return null;
    const check = checkWebUrl(value);
    return check.ok ? check.url : null;
  });

/**
 * An optional date that is null when the field is missing as well as when it is empty
 * (`optionalDate` alone returns its default "" as-is for a missing field).
 */
function optionalPastDate(label: string) {
  return z.preprocess((v) => (v === undefined ? "" : v), optionalDate(label, { notInFuture: true }));
}

/** The fields of a source, shared by the form and the server. */
export const sourceSchema = z.object({
  title: requiredText("Title", 500),
  outlet: optionalText("Outlet", 200),
  url: optionalWebUrl,
  publishedOn: optionalPastDate("Date published"),
  type: z.enum(SOURCE_TYPES, { error: "Choose the type of source." }),
  excerpt: optionalText("Excerpt or key quote", 5_000),
  notes: optionalText("Notes", 5_000),
  confidential: confidentialFlag(),
});

export const updateSourceSchema = sourceSchema.extend({
  /** The version the editor started from; a stale version is refused, not overwritten. */
  version: z.coerce.number({ error: "Missing version." }).int().positive(),
});

export const linkSourceSchema = z.object({
  sourceId: recordId,
});

export type SourceFormInput = z.input<typeof sourceSchema>;
export type SourceInput = z.output<typeof sourceSchema>;
export type UpdateSourceInput = z.output<typeof updateSourceSchema>;

/** What happened when a source was added to a case. */
export type AddSourceOutcome = "created" | "linked_existing" | "already_linked";
