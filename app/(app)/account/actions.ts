"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { changeOwnPassword } from "@/server/dal/users";
import { reissueSessionTicket } from "@/server/dal/authenticate";
import { formAction } from "@/server/action";
import { clientAddress } from "@/server/client-address";
import { LOCKED_MESSAGES } from "@/domain/sign-in-throttle";
import { passwordChangeSchema } from "@/domain/schemas/user";

const WRONG_CURRENT = "Your current password is incorrect.";

export const changeOwnPasswordAction = formAction(
  // Signing in again fails only if the account changed meanwhile: then sign in afresh.
  { role: "signed-in", args: [passwordChangeSchema], failure: (error) => (error instanceof AuthError ? redirect("/signin") : undefined) },
  async (actor, [input]) => {
    const result = await changeOwnPassword(actor, input, clientAddress(await headers()));
    if (result.kind === "invalid") return { ok: false, error: WRONG_CURRENT, fieldErrors: { currentPassword: [WRONG_CURRENT] } };
    if (result.kind === "locked") return { ok: false, error: LOCKED_MESSAGES.account };
    // The change ended every session opened before it, this one included (so a stolen
    // session dies too); open a fresh one for the person who just proved who they are.
    await signIn("credentials", { ticket: reissueSessionTicket(actor.id), redirectTo: "/account?changed=1" });
    return { ok: true, data: undefined };
  },
);
