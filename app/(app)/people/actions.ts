"use server";

import { revalidatePath } from "next/cache";
import { createPerson, updatePerson } from "@/server/dal/people";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canWrite } from "@/domain/permissions";
import { NotFoundError } from "@/domain/errors";
import { recordId } from "@/domain/schemas/fields";
import { personSchema, updatePersonSchema } from "@/domain/schemas/person";

// Each action authorises the caller itself, re-validates with the form's schema, then
// calls the data layer (which checks the role again before writing).

const READ_ONLY = "Your role can read the directory but not change it.";

function failure(error: unknown): ActionResult<never> {
  // The only missing record a valid form can point at is the contact's case.
  if (error instanceof NotFoundError && /case/.test(error.message)) {
    return { ok: false, error: error.message, fieldErrors: { caseId: [error.message] } };
  }
  return toActionFailure(error);
}

export async function createPersonAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = createPerson(actor, parsed.data);
    revalidatePath("/people");
    return { ok: true, data: { id: row.id } };
  } catch (error) {
    return failure(error);
  }
}

export async function updatePersonAction(personId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await getCurrentUser();
  if (!canWrite(actor)) return { ok: false, error: actor ? READ_ONLY : "Please sign in first." };
  const id = recordId.safeParse(personId);
  if (!id.success) return { ok: false, error: "That person does not exist." };
  const parsed = updatePersonSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = updatePerson(actor, id.data, parsed.data);
    revalidatePath("/people");
    revalidatePath(`/people/${row.id}`);
    return { ok: true, data: { id: row.id } };
  } catch (error) {
    return failure(error);
  }
}
