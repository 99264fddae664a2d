import "server-only";
import { getDb } from "@/db/client";
import { attemptSignIn, signInLockState, type SignInResult } from "@/db/queries/sign-in";
import { signInSchema } from "@/lib/validation/user";

/**
 * Checks an email and password (see attemptSignIn: throttled per address, the same answer
 * and timing for an unknown email and a wrong password, every attempt audited).
 */
export async function authenticate(email: unknown, password: unknown): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return { kind: "invalid" };
  return attemptSignIn(getDb(), parsed.data.email, parsed.data.password);
}

/** Whether an address is locked out now (checked before signing in, to say so clearly). */
export function isSignInLocked(email: string): boolean {
  return signInLockState(getDb(), email).locked;
}
