"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/server/dal/users";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { canManageUsers } from "@/domain/permissions";
import { DuplicateEmailError } from "@/domain/errors";
import { recordId } from "@/domain/schemas/fields";
import { newUserSchema, passwordResetSchema, roleChangeSchema } from "@/domain/schemas/user";

// Server actions are public POST endpoints: each checks that the caller is a signed-in
// admin itself, re-validates the input, then calls the data layer (which checks again).

async function adminOrFailure() {
  const actor = await getCurrentUser();
  if (canManageUsers(actor)) return { actor };
  return { failure: { ok: false, error: actor ? "Only an admin can manage users." : "Please sign in first." } as const };
}

function revalidateUsers(id?: number) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const { actor, failure } = await adminOrFailure();
  if (failure) return failure;
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const row = await createUser(actor, parsed.data);
    revalidateUsers();
    return { ok: true, data: { id: row.id }, message: "Account created." };
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return { ok: false, error: error.message, fieldErrors: { email: [error.message] } };
    }
    return toActionFailure(error);
  }
}

export async function changeUserRoleAction(userId: unknown, input: unknown): Promise<ActionResult> {
  const { actor, failure } = await adminOrFailure();
  if (failure) return failure;
  const id = recordId.safeParse(userId);
  if (!id.success) return { ok: false, error: "That user does not exist." };
  const parsed = roleChangeSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    changeUserRole(actor, id.data, parsed.data.role);
    revalidateUsers(id.data);
    return { ok: true, data: undefined, message: "Role saved." };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function setUserActiveAction(userId: unknown, active: unknown): Promise<ActionResult> {
  const { actor, failure } = await adminOrFailure();
  if (failure) return failure;
  const id = recordId.safeParse(userId);
  if (!id.success) return { ok: false, error: "That user does not exist." };
  if (typeof active !== "boolean") return { ok: false, error: "Choose whether to activate or deactivate the account." };
  try {
    setUserActive(actor, id.data, active);
    revalidateUsers(id.data);
    return { ok: true, data: undefined, message: active ? "Account reactivated." : "Account deactivated: its sessions have ended." };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function resetUserPasswordAction(userId: unknown, input: unknown): Promise<ActionResult> {
  const { actor, failure } = await adminOrFailure();
  if (failure) return failure;
  const id = recordId.safeParse(userId);
  if (!id.success) return { ok: false, error: "That user does not exist." };
  const parsed = passwordResetSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    await resetUserPassword(actor, id.data, parsed.data.password);
    revalidateUsers(id.data);
    return { ok: true, data: undefined, message: "Password reset: the user's open sessions have ended and any sign-in lock is lifted." };
  } catch (error) {
    return toActionFailure(error);
  }
}
