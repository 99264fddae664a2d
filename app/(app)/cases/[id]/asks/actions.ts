"use server";

import { revalidatePath } from "next/cache";
import { changeAskStatus, createAsk, createOutcome, updateAsk } from "@/server/dal/asks";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canWrite } from "@/domain/permissions";
import { FieldRuleError } from "@/domain/field-rule-error";
import { recordId } from "@/domain/schemas/fields";
import { askStatusMoveSchema, createAskSchema, updateAskSchema } from "@/domain/schemas/ask";
import { createOutcomeSchema } from "@/domain/schemas/outcome";

// Each action authorises the caller itself, re-validates the input with the form's own
// schema, then calls the data layer (which checks the role again before writing).

const READ_ONLY = "Your role can read asks and outcomes but not change them.";

function failure(error: unknown): ActionResult<never> {
  if (error instanceof FieldRuleError) {
    return { ok: false, error: "Some fields need attention.", fieldErrors: { [error.field]: [error.message] } };
  }
  return toActionFailure(error);
}

function refresh(caseId: number) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/");
}

export async function createAskAction(caseId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = createAskSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = createAsk(actor, id.data, parsed.data);
    refresh(id.data);
    return { ok: true, data: { id: row.id }, message: "Ask logged." };
  } catch (error) {
    return failure(error);
  }
}

export async function updateAskAction(askId: unknown, input: unknown): Promise<ActionResult<{ caseId: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(askId);
  if (!id.success) return { ok: false, error: "That ask does not exist." };
  const parsed = updateAskSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = updateAsk(actor, id.data, parsed.data);
    refresh(row.caseId);
    return { ok: true, data: { caseId: row.caseId }, message: "Ask saved." };
  } catch (error) {
    return failure(error);
  }
}

export async function changeAskStatusAction(askId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(askId);
  if (!id.success) return { ok: false, error: "That ask does not exist." };
  const parsed = askStatusMoveSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = changeAskStatus(actor, id.data, parsed.data.toStatus, { text: parsed.data.note, confidential: parsed.data.noteConfidential });
    refresh(row.caseId);
    return { ok: true, data: undefined, message: "Ask status updated." };
  } catch (error) {
    return failure(error);
  }
}

export async function createOutcomeAction(caseId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = createOutcomeSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = createOutcome(actor, id.data, parsed.data);
    refresh(id.data);
    revalidatePath("/cases");
    return {
      ok: true,
      data: { id: row.id },
      message: parsed.data.moveCaseToReleased ? "Outcome recorded and the case moved to Released." : "Outcome recorded.",
    };
  } catch (error) {
    return failure(error);
  }
}
