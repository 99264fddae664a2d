import { z } from "zod";
import { CLAIM_KINDS } from "../citation-claims";
import { recordId } from "./fields";

/** The sources chosen for one claim: the whole set, replacing what was cited before. */
export const citeSourcesSchema = z.object({
  claim: z.enum(CLAIM_KINDS, { error: "Choose what the sources support." }),
  subjectId: recordId,
  sourceIds: z
    .array(recordId, { error: "Choose sources from the list." })
    .max(200, { error: "Cite at most 200 sources." })
    .transform((ids) => [...new Set(ids)]),
});

export type CiteSourcesInput = z.output<typeof citeSourcesSchema>;
