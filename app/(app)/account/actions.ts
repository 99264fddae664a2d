"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { changeOwnPassword } from "@/server/dal/users";
import { getCurrentUser } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { clientAddress } from "@/server/client-address";
import { LOCKED_MESSAGES } from "@/domain/sign-in-throttle";
import { validationFailure, type ActionResult } from "@/domain/action-result";
import { passwordChangeSchema } from "@/domain/schemas/user";

const WRONG_CURRENT = "Your current password is incorrect.";

export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, error: "Please sign in first." };
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const result = await changeOwnPassword(actor, parsed.data, clientAddress(await headers()));
    if (result.kind === "invalid") return { ok: false, error: WRONG_CURRENT, fieldErrors: { currentPassword: [WRONG_CURRENT] } };
    if (result.kind === "locked") return { ok: false, error: LOCKED_MESSAGES.account };
  } catch (error) {
    return toActionFailure(error);
  }
  // The change ended every session opened before it, this one included (so a stolen
  // session dies too); open a fresh one for the person who just proved who they are.
  try {
    await signIn("credentials", { email: actor.email, password: parsed.data.password, redirectTo: "/account?changed=1" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/signin");
    throw error; // the redirect after signing in again
  }
  return { ok: true, data: undefined };
}
