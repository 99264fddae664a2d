import { z } from "zod";

const BRIEF_FORMATS = ["pdf", "docx"] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export const BRIEF_CONTENT_TYPES: Record<BriefFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The export form and the download URL are checked with this same schema. */
export const briefExportSchema = z.object({
  format: z.enum(BRIEF_FORMATS, { error: "Choose PDF or Word (.docx)." }),
  official: z
    .string({ error: "Choose an official from the list." })
    .trim()
    .refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), { error: "Choose an official from the list." })
    .transform((v) => (v === "" ? null : Number(v)))
    .default(null),
  includeConfidential: z.boolean({ error: "Include confidential items must be ticked or not." }).default(false),
  /** Export a PDF even though some characters would print as empty boxes. */
  allowMissingGlyphs: z.boolean({ error: "Export anyway must be ticked or not." }).default(false),
});

export type BriefExportInput = z.output<typeof briefExportSchema>;

/**
 * Reads ?format=pdf|docx&official=<id>&confidential=1 into the schema's input.
 * Returns the first problem as a message for a 400 response.
 */
export function parseBriefQuery(params: URLSearchParams): { ok: true; value: BriefExportInput } | { ok: false; error: string } {
  const confidential = params.get("confidential");
  if (confidential !== null && !["0", "1", "true", "false"].includes(confidential)) {
    return { ok: false, error: "confidential must be 1 (include confidential items) or 0." };
  }
  const allow = params.get("allowMissingGlyphs");
  if (allow !== null && !["0", "1"].includes(allow)) return { ok: false, error: "allowMissingGlyphs must be 1 (export anyway) or 0." };
  const parsed = briefExportSchema.safeParse({
    format: params.get("format") ?? undefined,
    official: params.get("official") ?? "",
    includeConfidential: confidential === "1" || confidential === "true",
    allowMissingGlyphs: allow === "1",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "format" ? "format" : issue?.path[0] === "official" ? "official" : "query";
    return { ok: false, error: `${field}: ${issue?.message ?? "Invalid request."}` };
  }
  return { ok: true, value: parsed.data };
}

export function briefDownloadUrl(caseId: number, input: BriefExportInput): string {
  const q = new URLSearchParams({ format: input.format });
  if (input.official) q.set("official", String(input.official));
  if (input.includeConfidential) q.set("confidential", "1");
  if (input.allowMissingGlyphs) q.set("allowMissingGlyphs", "1");
  return `/api/cases/${caseId}/brief?${q.toString()}`;
}
