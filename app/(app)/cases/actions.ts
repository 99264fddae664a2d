"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeCaseStatus, createCase, updateCase } from "@/server/dal/cases";
import { action, recordArg } from "@/server/action";
import { createCaseSchema, statusChangeSchema, updateCaseSchema } from "@/domain/schemas/case";

// The data layer checks the role again before writing.

const caseArg = recordArg("That case does not exist.");

// The form asks first without `saveIfDuplicate`, so a case entered twice is noticed before saving.
export const createCaseAction = action(
  { role: "write", readOnly: "cases", args: [createCaseSchema.extend({ saveIfDuplicate: z.boolean().default(true) })] },
  (actor, [{ saveIfDuplicate, ...input }]) => {
    const result = createCase(actor, input, { saveIfDuplicate });
    if (result.saved) revalidatePath("/cases");
    return { ok: true, data: result };
  },
);

export const updateCaseAction = action({ role: "write", readOnly: "cases", args: [caseArg, updateCaseSchema] }, (actor, [id, input]) => {
  const row = updateCase(actor, id, input);
  revalidatePath(`/cases/${row.id}`);
  revalidatePath("/cases");
  return { ok: true, data: { id: row.id } };
});

export const changeCaseStatusAction = action(
  { role: "write", readOnly: "cases", args: [caseArg, statusChangeSchema] },
  (actor, [id, input]) => {
    changeCaseStatus(actor, id, input.toStatus, { text: input.note, confidential: input.noteConfidential }, input.occurredOn);
    revalidatePath(`/cases/${id}`);
    revalidatePath("/cases");
    return { ok: true, data: undefined, message: "Status updated." };
  },
);
