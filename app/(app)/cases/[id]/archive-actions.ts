"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { archiveCase, deleteArchivedCase, restoreCase } from "@/server/dal/case-archive";
import { action, recordArg } from "@/server/action";

const caseArg = recordArg("That case does not exist.");
const deleteSchema = z.object({
  confirmName: z
    .string({ error: "Type the person's name to confirm." })
    .trim()
    .min(1, { error: "Type the person's name to confirm." })
    .max(200),
});

export const archiveCaseAction = action({ role: "write", readOnly: "cases", args: [caseArg] }, (actor, [id]) => {
  archiveCase(actor, id);
  revalidatePath("/cases");
  revalidatePath(`/cases/${id}`);
  return { ok: true, data: undefined, message: "Case archived." };
});

export const restoreCaseAction = action({ role: "write", readOnly: "cases", args: [caseArg] }, (actor, [id]) => {
  restoreCase(actor, id);
  revalidatePath("/cases");
  revalidatePath(`/cases/${id}`);
  return { ok: true, data: undefined, message: "Case restored." };
});

export const deleteCaseAction = action(
  { role: "admin", readOnly: "case-deletion", args: [caseArg, deleteSchema] },
  (actor, [id, input]) => {
    deleteArchivedCase(actor, id, input.confirmName);
    revalidatePath("/cases");
    return { ok: true, data: undefined, message: "Case deleted." };
  },
);
