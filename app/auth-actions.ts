"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { beginSignIn, finishSignInWithCode, signInLock } from "@/server/dal/authenticate";
import { secondFactorSchema } from "@/domain/schemas/two-factor";
import { keepWaitToken, WAIT_COOKIE } from "@/app/sign-in-wait";
import { browserId } from "@/app/browser-id";
import { clientAddress } from "@/server/client-address";
import { LOCKED_MESSAGES } from "@/domain/sign-in-throttle";
import { ADMINS_ONLY_REFUSAL } from "@/domain/lockdown";
import { createFirstAdmin } from "@/server/dal/workspace";
import { endCurrentSession } from "@/server/dal/session";
import { formAction, type ActionFailure } from "@/server/action";
import { firstAdminSchema, signInSchema } from "@/domain/schemas/user";
import { z } from "zod";

const SIGN_IN_FAILED = "Email or password is incorrect.";

function safeNext(next: unknown): string {
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  return typeof next === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : "/";
}

function signInFailure(error: unknown): ActionFailure | undefined {
  if (error instanceof CredentialsSignin && error.code === "locked") return { ok: false, error: LOCKED_MESSAGES.account };
  if (error instanceof CredentialsSignin && error.code === "client_address_locked")
    return { ok: false, error: LOCKED_MESSAGES["client-address"] };
  if (error instanceof CredentialsSignin && error.code === "admins_only") return { ok: false, error: ADMINS_ONLY_REFUSAL };
  if (error instanceof AuthError) return { ok: false, error: SIGN_IN_FAILED };
  return undefined; // the redirect after a successful sign-in goes on
}

/** The sign-in form's fields, and the page to go back to (not part of the form's schema). */
const signInArg = signInSchema.and(z.object({ next: z.unknown() }).partial());

/**
 * The sign-in form's action (useActionState: the previous state, then the form's data or
 * the same fields as an object). The form posts here before the page's scripts have run,
 * so the password travels in a POST body, never in an address.
 */
export const signInAction = formAction(
  { role: "anyone", args: [signInArg], failure: signInFailure, form: { keep: { email: 254 } } },
  async (_actor, [input]) => {
    // A locked email or client address is refused before the password is looked at; the
    // same holds whether or not an account has this email, so the message reveals nothing.
    const lock = signInLock(input.email, clientAddress(await headers()));
    if (lock) return { ok: false, error: LOCKED_MESSAGES[lock.scope] };
    const step = await beginSignIn(input.email, input.password, clientAddress(await headers()));
    if (step.kind === "locked") return { ok: false, error: LOCKED_MESSAGES[step.scope] };
    if (step.kind === "invalid") return { ok: false, error: SIGN_IN_FAILED };
    const next = safeNext(input.next);
    if (step.kind === "code") {
      await keepWaitToken(step.waitToken);
      redirect(next === "/" ? CODE_PAGE : `${CODE_PAGE}?next=${encodeURIComponent(next)}`);
    }
    await signIn("credentials", { ticket: step.ticket, browser: await browserId(), redirectTo: next });
    return { ok: true, data: undefined };
  },
);

const CODE_PAGE = "/signin/code";
const CODE_WRONG = "That code is not right. Check your app's code for Vigil, or use a recovery code.";
const CODE_USED = "That code was used already. Wait for the next one in your app.";
const WAIT_OVER = "The sign-in waited too long for its code. Sign in again.";

/** The code step's action; the password step left its wait token in a cookie. */
export const secondFactorAction = formAction(
  { role: "anyone", args: [secondFactorSchema.and(z.object({ next: z.unknown() }).partial())], failure: signInFailure },
  async (_actor, [input]) => {
    const waitToken = (await cookies()).get(WAIT_COOKIE)?.value;
    if (!waitToken) return { ok: false, error: WAIT_OVER };
    const step = finishSignInWithCode(waitToken, input.code, clientAddress(await headers()));
    if (step.kind === "locked") return { ok: false, error: LOCKED_MESSAGES[step.scope] };
    if (step.kind === "expired") {
      await keepWaitToken(null);
      return { ok: false, error: WAIT_OVER };
    }
    if (step.kind === "invalid") {
      const message = step.reason === "replayed_code" ? CODE_USED : CODE_WRONG;
      return { ok: false, error: message, fieldErrors: { code: [message] } };
    }
    await keepWaitToken(null);
    await signIn("credentials", { ticket: step.ticket, browser: await browserId(), redirectTo: safeNext(input.next) });
    return { ok: true, data: undefined };
  },
);

// Open to anyone and without arguments: it ends whatever session the caller has.
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/signin" });
}

/** The first-admin form's action; like signInAction, it also runs without scripts. */
export const createFirstAdminAction = formAction(
  {
    role: "anyone",
    args: [firstAdminSchema],
    // Signing in fails only if the new account changed meanwhile: then sign in by hand.
    failure: (error) => (error instanceof AuthError ? redirect("/signin") : undefined),
    form: { keep: { name: 100, email: 254 } },
  },
  async (_actor, [{ name, email, password }]) => {
    const created = await createFirstAdmin({ name, email, password });
    if (!created) return { ok: false, error: "This workspace already has an admin. Sign in instead." };
    await signIn("credentials", { email, password, browser: await browserId(), redirectTo: "/" });
    return { ok: true, data: undefined };
  },
);
