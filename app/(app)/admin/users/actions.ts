"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/server/dal/users";
import { action, choiceArg, formAction, recordArg } from "@/server/action";
import { DuplicateEmailError } from "@/domain/errors";
import { newUserSchema, passwordResetSchema, roleChangeSchema } from "@/domain/schemas/user";
import { twoFactorPolicySchema } from "@/domain/schemas/two-factor";
import { requireTwoFactorFor, resetUserTwoFactor } from "@/server/dal/two-factor";
import { endAllSessionsOf } from "@/server/dal/sessions";

// The data layer checks again that the caller is an admin.

const userArg = recordArg("That user does not exist.");

function revalidateUsers(id?: number) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

export const createUserAction = formAction(
  {
    role: "admin",
    readOnly: "users",
    args: [newUserSchema],
    fieldFor: (error) => (error instanceof DuplicateEmailError ? "email" : undefined),
    form: { keep: { name: 100, email: 254, role: 20 }, redirectTo: ({ id }: { id: number }) => `/admin/users/${id}?created=1` },
  },
  async (actor, [input]) => {
    const row = await createUser(actor, input);
    revalidateUsers();
    return { ok: true, data: { id: row.id }, message: "Account created." };
  },
);

export const changeUserRoleAction = action(
  { role: "admin", readOnly: "users", args: [userArg, roleChangeSchema] },
  (actor, [id, input]) => {
    changeUserRole(actor, id, input.role);
    revalidateUsers(id);
    return { ok: true, data: undefined, message: "Role saved." };
  },
);

export const setUserActiveAction = action(
  { role: "admin", readOnly: "users", args: [userArg, choiceArg(z.boolean(), "Choose whether to activate or deactivate the account.")] },
  (actor, [id, active]) => {
    setUserActive(actor, id, active);
    revalidateUsers(id);
    return { ok: true, data: undefined, message: active ? "Account reactivated." : "Account deactivated: its sessions have ended." };
  },
);

export const resetUserPasswordAction = formAction(
  { role: "admin", readOnly: "users", args: [userArg, passwordResetSchema] },
  async (actor, [id, input]) => {
    await resetUserPassword(actor, id, input.password);
    revalidateUsers(id);
    return { ok: true, data: undefined, message: "Password reset: the user's open sessions have ended and any sign-in lock is lifted." };
  },
);

export const resetUserTwoFactorAction = action({ role: "admin", readOnly: "users", args: [userArg] }, (actor, [id]) => {
  if (!resetUserTwoFactor(actor, id)) return { ok: false, error: "This user has no two-factor sign-in to reset." };
  revalidateUsers(id);
  return {
    ok: true,
    data: undefined,
    message: "Two-factor sign-in reset: the user signs in with the password alone until they set it up again.",
  };
});

export const requireTwoFactorAction = action({ role: "admin", readOnly: "users", args: [twoFactorPolicySchema] }, (actor, [input]) => {
  requireTwoFactorFor(actor, input.roles);
  revalidateUsers();
  return {
    ok: true,
    data: undefined,
    message:
      input.roles.length > 0
        ? "Saved. Those without two-factor sign-in are sent to set it up before anything else."
        : "Saved. Two-factor sign-in is no longer required.",
  };
});

export const endUserSessionsAction = action(
  { role: "admin", readOnly: "users", args: [userArg], whileReadOnly: "allowed" },
  async (actor, [id]) => {
    const ended = await endAllSessionsOf(actor, id);
    revalidateUsers(id);
    return {
      ok: true,
      data: undefined,
      message:
        ended === 0
          ? "This user had no sessions open."
          : `${ended === 1 ? "1 session" : `${ended} sessions`} ended: signed out on the next request.`,
    };
  },
);
