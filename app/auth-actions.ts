"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { signInLock } from "@/server/dal/authenticate";
import { clientAddress } from "@/server/client-address";
import { LOCKED_MESSAGES } from "@/domain/sign-in-throttle";
import { createFirstAdmin } from "@/server/dal/workspace";
import { endCurrentSession } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type FormActionState } from "@/domain/action-result";
import { formInput, textField } from "@/domain/schemas/form-input";
import { firstAdminSchema, signInSchema } from "@/domain/schemas/user";

const SIGN_IN_FAILED = "Email or password is incorrect.";

function safeNext(next: unknown): string {
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  return typeof next === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : "/";
}

/** What was typed into a field, to show it again; at most as long as the field allows. */
function typed(input: unknown, name: string, max: number): string {
  return (textField(input, name) ?? "").slice(0, max);
}

/**
 * The sign-in form's action (useActionState: the previous state, then the form's data or
 * the same fields as an object). The form posts here before the page's scripts have run,
 * so the password travels in a POST body, never in an address.
 */
export async function signInAction(_previous: FormActionState, input: unknown): Promise<FormActionState> {
  const values = { email: typed(input, "email", 254) };
  const parsed = signInSchema.safeParse(formInput(input));
  if (!parsed.success) return { ...validationFailure(parsed.error), values };
  // A locked email or client address is refused before the password is looked at; the
  // same holds whether or not an account has this email, so the message reveals nothing.
  const lock = signInLock(parsed.data.email, clientAddress(await headers()));
  if (lock) return { ok: false, error: LOCKED_MESSAGES[lock.scope], values };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(textField(input, "next")) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "locked") return { ok: false, error: LOCKED_MESSAGES.account, values };
    if (error instanceof CredentialsSignin && error.code === "client_address_locked") {
      return { ok: false, error: LOCKED_MESSAGES["client-address"], values };
    }
    if (error instanceof AuthError) return { ok: false, error: SIGN_IN_FAILED, values };
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: undefined };
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/signin" });
}

/** The first-admin form's action; like signInAction, it also runs without scripts. */
export async function createFirstAdminAction(_previous: FormActionState, input: unknown): Promise<FormActionState> {
  const values = { name: typed(input, "name", 100), email: typed(input, "email", 254) };
  const parsed = firstAdminSchema.safeParse(formInput(input));
  if (!parsed.success) return { ...validationFailure(parsed.error), values };
  const { name, email, password } = parsed.data;
  try {
    const created = await createFirstAdmin({ name, email, password });
    if (!created) return { ok: false, error: "This workspace already has an admin. Sign in instead.", values };
  } catch (error) {
    return { ...toActionFailure(error), values };
  }
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/signin");
    throw error;
  }
  return { ok: true, data: undefined };
}
