"use server";

import { revalidatePath } from "next/cache";
import { addSourceToCase, linkSourceToCase, unlinkSourceFromCase, updateSource } from "@/server/dal/sources";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canWrite } from "@/domain/permissions";
import { recordId } from "@/domain/schemas/fields";
import { linkSourceSchema, sourceSchema, updateSourceSchema } from "@/domain/schemas/source";
import { DuplicateSourceUrlError } from "@/domain/errors";
import type { AddSourceOutcome } from "@/domain/schemas/source";

// Each action authorises the caller itself, re-validates with the form's schema, then
// calls the data layer (which checks the role again before writing).

const READ_ONLY = "Your role can read sources but not change them.";

const OUTCOME_MESSAGES: Record<AddSourceOutcome, string> = {
  created: "Source added to this case.",
  linked_existing: "This report was already in Vigil; it is now linked to this case.",
  already_linked: "This report is already linked to this case; nothing was changed.",
};

function refresh(caseId: number) {
  revalidatePath(`/cases/${caseId}/sources`);
  revalidatePath("/sources");
}

export async function addSourceAction(caseId: unknown, input: unknown): Promise<ActionResult<{ sourceId: number; outcome: AddSourceOutcome }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const { outcome, source } = addSourceToCase(actor, id.data, parsed.data);
    refresh(id.data);
    return { ok: true, data: { sourceId: source.id, outcome }, message: OUTCOME_MESSAGES[outcome] };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function linkSourceAction(caseId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "That case does not exist." };
  const parsed = linkSourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Choose a source to link.", fieldErrors: { sourceId: ["Choose a source to link."] } };
  try {
    const outcome = linkSourceToCase(actor, id.data, parsed.data.sourceId);
    refresh(id.data);
    return {
      ok: true,
      data: undefined,
      message: outcome === "already_linked" ? OUTCOME_MESSAGES.already_linked : "Source linked to this case.",
    };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function unlinkSourceAction(caseId: unknown, sourceId: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const c = recordId.safeParse(caseId);
  const s = recordId.safeParse(sourceId);
  if (!c.success || !s.success) return { ok: false, error: "That source is not linked to this case." };
  try {
    unlinkSourceFromCase(actor, c.data, s.data);
    refresh(c.data);
    return { ok: true, data: undefined, message: "Source removed from this case. It stays in the sources list." };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateSourceAction(sourceId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(sourceId);
  if (!id.success) return { ok: false, error: "That source does not exist." };
  const parsed = updateSourceSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = updateSource(actor, id.data, parsed.data);
    revalidatePath("/sources");
    revalidatePath("/cases", "layout");
    return { ok: true, data: { id: row.id }, message: "Source saved." };
  } catch (error) {
    if (error instanceof DuplicateSourceUrlError) return { ok: false, error: error.message, fieldErrors: { url: [error.message] } };
    return toActionFailure(error);
  }
}
