import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id with OWASP-recommended memory and time costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this hash when the email is unknown makes a failed sign-in take
// the same time whether or not the account exists.
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("vigil-timing-equaliser");
  return dummyHash;
}
