import { z } from "zod";
import { confidentialFlag, optionalText, requiredText } from "./fields";

export const PERSON_KINDS = ["official", "organisation", "contact"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  official: "Official",
  organisation: "Organisation",
  contact: "Case contact",
};

export function isPersonKind(value: unknown): value is PersonKind {
  return typeof value === "string" && (PERSON_KINDS as readonly string[]).includes(value);
}

/** A select whose empty choice means "none": "" becomes null, anything else a record id. */
const optionalCaseId = z
  .string({ error: "Choose a case." })
  .trim()
  .default("")
  .refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), { error: "Choose a case from the list." })
  .transform((v) => (v === "" ? null : Number(v)));

const personFields = z.object({
  kind: z.enum(PERSON_KINDS, { error: "Choose official, organisation or case contact." }),
  name: requiredText("Name", 200),
  office: optionalText("Office or title", 300),
  institution: optionalText("Institution", 300),
  country: optionalText("Country", 100),
  notes: optionalText("Notes", 5_000),
  caseId: optionalCaseId,
  confidential: confidentialFlag(),
});

// Only a contact belongs to a case; an official or organisation is shared by all cases.
function dropCaseUnlessContact<T extends { kind: PersonKind; caseId: number | null }>(v: T): T {
  return { ...v, caseId: v.kind === "contact" ? v.caseId : null };
}

/** The fields of an official, organisation or case contact; shared by the form and the server. */
export const personSchema = personFields.transform(dropCaseUnlessContact);

export const updatePersonSchema = personFields
  .extend({
    /** The version the editor started from; a stale version is refused, not overwritten. */
    version: z.coerce.number({ error: "Missing version." }).int().positive(),
  })
  .transform(dropCaseUnlessContact);

export type PersonFormInput = z.input<typeof updatePersonSchema>;
export type PersonInput = z.output<typeof personSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
