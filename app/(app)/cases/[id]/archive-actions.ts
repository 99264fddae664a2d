"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { archiveCase, deleteArchivedCase, restoreCase } from "@/server/dal/case-archive";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canManageUsers, canWrite } from "@/domain/permissions";
import { recordId } from "@/domain/schemas/fields";

const READ_ONLY = "Your role can read cases but not change them.";
const deleteSchema = z.object({
  confirmName: z.string({ error: "Type the person's name to confirm." }).trim().min(1, { error: "Type the person's name to confirm." }).max(200),
});

export async function archiveCaseAction(caseId: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  try {
    archiveCase(actor, id.data);
  } catch (error) {
    return toActionFailure(error);
  }
  revalidatePath("/cases");
  revalidatePath(`/cases/${id.data}`);
  return { ok: true, data: undefined, message: "Case archived." };
}

export async function restoreCaseAction(caseId: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  try {
    restoreCase(actor, id.data);
  } catch (error) {
    return toActionFailure(error);
  }
  revalidatePath("/cases");
  revalidatePath(`/cases/${id.data}`);
  return { ok: true, data: undefined, message: "Case restored." };
}

export async function deleteCaseAction(caseId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canManageUsers(actor)) return { ok: false, error: actor ? "Only an admin can delete a case for good." : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    deleteArchivedCase(actor, id.data, parsed.data.confirmName);
  } catch (error) {
    return toActionFailure(error);
  }
  revalidatePath("/cases");
  return { ok: true, data: undefined, message: "Case deleted." };
}
