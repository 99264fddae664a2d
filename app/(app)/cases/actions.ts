"use server";

import { revalidatePath } from "next/cache";
import { changeCaseStatus, createCase, updateCase } from "@/server/dal/cases";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canWrite } from "@/domain/permissions";
import { recordId } from "@/domain/schemas/fields";
import { createCaseSchema, statusChangeSchema, updateCaseSchema } from "@/domain/schemas/case";

// Server actions are public POST endpoints: each one authorises the caller itself,
// re-validates the input with the form's own schema, then calls the data layer
// (which checks the role again before writing).

const READ_ONLY = "Your role can read cases but not change them.";

export async function createCaseAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const parsed = createCaseSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = createCase(actor, parsed.data);
    revalidatePath("/cases");
    return { ok: true, data: { id: row.id } };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateCaseAction(caseId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = updateCaseSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = updateCase(actor, id.data, parsed.data);
    revalidatePath(`/cases/${row.id}`);
    revalidatePath("/cases");
    return { ok: true, data: { id: row.id } };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function changeCaseStatusAction(caseId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    changeCaseStatus(actor, id.data, parsed.data.toStatus, { text: parsed.data.note, confidential: parsed.data.noteConfidential });
    revalidatePath(`/cases/${id.data}`);
    revalidatePath("/cases");
    return { ok: true, data: undefined, message: "Status updated." };
  } catch (error) {
    return toActionFailure(error);
  }
}
