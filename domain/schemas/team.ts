import { z } from "zod";
import { recordId } from "./fields";

function idList(noun: string) {
  return z
    .array(recordId, { error: `Choose ${noun} from the list.` })
    .max(500, { error: `Choose at most 500 ${noun}.` })
    .transform((ids) => [...new Set(ids)]);
}

/** A case's need-to-know setting as its team editor sends it: the whole team, replacing the last one. */
export const caseTeamSchema = z.object({
  restricted: z.boolean({ error: "Choose whether the case is restricted." }),
  memberIds: idList("people"),
  groupIds: idList("groups"),
  version: z.coerce.number({ error: "Missing version." }).int().positive(),
});
export type CaseTeamInput = z.output<typeof caseTeamSchema>;

/** An admin's reason for asking a restricted case's team for access, shown to the team. */
export const accessRequestSchema = z.object({
  reason: z
    .string({ error: "Say why you need access." })
    .trim()
    .min(1, { error: "Say why you need access: the team decides on it." })
    .max(500, { error: "Keep the reason under 500 characters." }),
});

export const userGroupSchema = z.object({
  name: z
    .string({ error: "Name the group." })
    .trim()
    .min(1, { error: "Name the group." })
    .max(100, { error: "Keep the name under 100 characters." }),
  memberIds: idList("people"),
});
export type UserGroupInput = z.output<typeof userGroupSchema>;

export const userGroupUpdateSchema = userGroupSchema.extend({
  version: z.coerce.number({ error: "Missing version." }).int().positive(),
});
