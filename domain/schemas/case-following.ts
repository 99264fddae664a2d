import { z } from "zod";
import { recordId } from "./fields";

/** Giving a case to another owner, from the case version the form was loaded with. */
export const caseOwnerSchema = z.object({
  ownerId: z
    .union([recordId, z.literal("")], { error: "Choose who owns this case." })
    .refine((v) => v !== "", {
      error: "Choose who owns this case.",
    })
    .transform(Number),
  version: z.coerce.number({ error: "Missing version." }).int().positive(),
});
export type CaseOwnerInput = z.output<typeof caseOwnerSchema>;

/** Whether the caller watches the case from now on. */
export const watchingSchema = z.object({ watching: z.boolean({ error: "Choose whether to watch the case." }) });
