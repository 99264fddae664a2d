import "server-only";
import { getDb } from "@/db/client";
import { attemptSignIn, type SignInResult } from "@/server/sign-in";
import { currentLock, type Lock } from "@/db/queries/sign-in-failures";
import { signInSchema } from "@/domain/schemas/user";

/**
 * Checks an email and password (see attemptSignIn: throttled per email and per client
 * address, the same answer and timing for an unknown email and a wrong password, every
 * attempt audited). `clientAddress` comes from server/client-address.ts.
 */
export async function authenticate(email: unknown, password: unknown, clientAddress: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return { kind: "invalid" };
  return attemptSignIn(getDb(), { ...parsed.data, clientAddress });
}

/** The lock that would refuse signing in now, if any (checked first, to say so clearly). */
export function signInLock(email: string, clientAddress: string | null): Lock | null {
  return currentLock(getDb(), email, clientAddress, new Date());
}
