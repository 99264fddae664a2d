"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { signInLock } from "@/lib/dal/authenticate";
import { clientAddress } from "@/lib/client-address";
import { LOCKED_MESSAGES } from "@/lib/domain/sign-in-throttle";
import { createFirstAdmin } from "@/lib/dal/workspace";
import { endCurrentSession } from "@/lib/dal/session";
import { toActionFailure } from "@/lib/dal/action-errors";
import { validationFailure, type ActionResult } from "@/lib/action-result";
import { firstAdminSchema, signInSchema } from "@/lib/validation/user";

const SIGN_IN_FAILED = "Email or password is incorrect.";

function safeNext(next: unknown): string {
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  return typeof next === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : "/";
}

export async function signInAction(input: unknown, next?: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  // A locked email or client address is refused before the password is looked at; the
  // same holds whether or not an account has this email, so the message reveals nothing.
  const lock = signInLock(parsed.data.email, clientAddress(await headers()));
  if (lock) return { ok: false, error: LOCKED_MESSAGES[lock.scope] };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(next) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "locked") return { ok: false, error: LOCKED_MESSAGES.account };
    if (error instanceof CredentialsSignin && error.code === "client_address_locked") return { ok: false, error: LOCKED_MESSAGES["client-address"] };
    if (error instanceof AuthError) return { ok: false, error: SIGN_IN_FAILED };
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: undefined };
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/signin" });
}

export async function createFirstAdminAction(input: unknown): Promise<ActionResult> {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { name, email, password } = parsed.data;
  try {
    const created = await createFirstAdmin({ name, email, password });
    if (!created) return { ok: false, error: "This workspace already has an admin. Sign in instead." };
  } catch (error) {
    return toActionFailure(error);
  }
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/signin");
    throw error;
  }
  return { ok: true, data: undefined };
}
