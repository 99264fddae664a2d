import { z } from "zod";
import { CASE_STATUSES } from "../case-status";
import { checkDateOrder, confidentialFlag, occurredOnField, optionalDate, optionalText, requiredText } from "./fields";

export const PRIORITIES = ["low", "medium", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  urgent: "Urgent",
};

const MAX_TAGS = 20;

/** Tags are typed as a comma-separated list and stored as an array of distinct tags. */
const tagsField = z
  .string({ error: "Tags must be text." })
  .max(1000, { error: "Tags must be 1,000 characters or fewer." })
  .default("")
  .transform((v) => [
    ...new Set(
      v
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= MAX_TAGS, { error: `Use at most ${MAX_TAGS} tags.` })
  .refine((tags) => tags.every((t) => t.length <= 50), { error: "Each tag must be 50 characters or fewer." });

/** The fields of a case that the case form edits; shared by the form and the server. */
const caseFieldsSchema = z.object({
  personName: requiredText("Name", 200),
  title: requiredText("Title", 300),
  country: requiredText("Country", 100),
  summary: optionalText("Summary", 10_000),
  tags: tagsField,
  priority: z.enum(PRIORITIES, { error: "Choose a priority." }),
  arrestDate: optionalDate("Date of arrest", { notInFuture: true }),
  arrestPlace: optionalText("Place of arrest", 300),
  placeHeld: optionalText("Where held now", 300),
  charges: optionalText("Charges", 2_000),
  sentence: optionalText("Sentence", 1_000),
  sentenceDate: optionalDate("Date of sentence", { notInFuture: true }),
});

/** A sentence is handed down after the arrest, never before. */
export const SENTENCE_BEFORE_ARREST = "Date of sentence cannot be before the date of arrest.";

function checkCaseDates(v: { arrestDate: string | null; sentenceDate: string | null }, ctx: z.RefinementCtx) {
  checkDateOrder(ctx, v.arrestDate, v.sentenceDate, "sentenceDate", SENTENCE_BEFORE_ARREST);
}

export const createCaseSchema = caseFieldsSchema
  .extend({
    status: z.enum(CASE_STATUSES, { error: "Choose the current status." }),
  })
  .superRefine(checkCaseDates);

export const updateCaseSchema = caseFieldsSchema
  .extend({
    /** The version the editor started from; a stale version is refused, not overwritten. */
    version: z.coerce.number({ error: "Missing version." }).int().positive(),
  })
  .superRefine(checkCaseDates);

export const statusChangeSchema = z.object({
  toStatus: z.enum(CASE_STATUSES, { error: "Choose a status." }),
  occurredOn: occurredOnField(),
  note: optionalText("Note", 2_000),
  noteConfidential: confidentialFlag(),
});

export type CaseFormInput = z.input<typeof createCaseSchema>;
export type CreateCaseInput = z.output<typeof createCaseSchema>;
export type UpdateCaseInput = z.output<typeof updateCaseSchema>;

/** The case form's fields for a stored case, as the form shows them (tags joined, empty dates as ""). */
export function caseToFormValues(row: {
  personName: string;
  title: string;
  country: string;
  summary: string;
  tags: string[];
  priority: Priority;
  arrestDate: string | null;
  arrestPlace: string;
  placeHeld: string;
  charges: string;
  sentence: string;
  sentenceDate: string | null;
  version: number;
}) {
  return {
    personName: row.personName,
    title: row.title,
    country: row.country,
    summary: row.summary,
    tags: row.tags.join(", "),
    priority: row.priority,
    arrestDate: row.arrestDate ?? "",
    arrestPlace: row.arrestPlace,
    placeHeld: row.placeHeld,
    charges: row.charges,
    sentence: row.sentence,
    sentenceDate: row.sentenceDate ?? "",
    version: row.version,
  };
}
