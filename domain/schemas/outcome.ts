import { z } from "zod";
import { optionalChosenId } from "./ask";
import { confidentialFlag, requiredDate, requiredText, citedSourceIds } from "./fields";

export const OUTCOME_TYPES = [
  "public_statement",
  "meeting_held",
  "policy_action",
  "detention_change",
  "charges_dropped",
  "sentence_reduced",
  "release",
  "other",
] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];
export const OUTCOME_TYPE_LABELS: Record<OutcomeType, string> = {
  public_statement: "Public statement",
  meeting_held: "Meeting held",
  policy_action: "Policy or diplomatic action",
  detention_change: "Detention change (e.g. transfer)",
  charges_dropped: "Charges dropped",
  sentence_reduced: "Sentence reduced",
  release: "Release",
  other: "Other",
};

export function outcomeTypeLabel(type: string): string {
  return (OUTCOME_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

export const createOutcomeSchema = z
  .object({
    type: z.enum(OUTCOME_TYPES, { error: "Choose the type of outcome." }),
    occurredOn: requiredDate("Date", { notInFuture: true }),
    description: requiredText("Description", 5_000),
    askId: optionalChosenId("Choose an ask from this case."),
    sourceIds: citedSourceIds(),
    moveCaseToReleased: z.boolean({ error: "Tick the box or leave it empty." }).default(false),
    confidential: confidentialFlag(),
  })
  .refine((v) => !v.moveCaseToReleased || v.type === "release", {
    path: ["moveCaseToReleased"],
    error: "Only a release outcome can move the case to Released.",
  });

export type CreateOutcomeFormInput = z.input<typeof createOutcomeSchema>;
export type CreateOutcomeInput = z.output<typeof createOutcomeSchema>;
