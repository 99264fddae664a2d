import { ROLES, type Role } from "./permissions";

/**
 * Two-factor sign-in rules: what a typed code is, when a time-based code may be used,
 * and who must have a second factor. Pure; the secrets, hashing and storage are in
 * server/two-factor and db/queries/two-factor.ts.
 */

export const RECOVERY_CODE_COUNT = 10;

/** Time-based codes: six digits, a new one every 30 seconds (what authenticator apps expect). */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Codes one step either side of now are accepted, for a phone's clock a little off. */
export const TOTP_WINDOW_STEPS = 1;

/** How long after the password a sign-in may wait for its code. */
export const SECOND_FACTOR_WAIT_MS = 5 * 60_000;

// Crockford's base 32 without the letters read as digits (i, l, o) or that spell words (u).
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_LENGTH = 10;

/** A recovery code from random bytes: ten characters (50 bits) shown as two groups of five. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_LENGTH) throw new Error(`A recovery code needs ${RECOVERY_LENGTH} random bytes.`);
  const chars = Array.from(bytes.subarray(0, RECOVERY_LENGTH), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

export type TypedCode = { kind: "totp"; code: string } | { kind: "recovery"; code: string } | { kind: "malformed" };

/**
 * What someone typed into the code field: a six-digit code from the app, or a recovery
 * code. Spaces and dashes are ignored and case does not matter, as people copy them from
 * paper or a password manager.
 */
export function readTypedCode(input: string): TypedCode {
  const compact = input.replace(/[\s-]/g, "").toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  if (compact.length === RECOVERY_LENGTH && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: "recovery", code: `${compact.slice(0, 5)}-${compact.slice(5)}` };
  }
  return { kind: "malformed" };
}

/**
 * A time-based code is used once: one whose time step is not after the last one accepted
 * for the account is refused, so a code seen over a shoulder or in transit cannot be
 * replayed within its window.
 */
export function isFreshStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** Which roles must have a second factor: the workspace's setting, as stored. */
export type TwoFactorPolicy = readonly Role[];

/** Reads the stored setting; anything unreadable requires nothing rather than locking everyone out. */
export function parseTwoFactorPolicy(stored: string | null): TwoFactorPolicy {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? ROLES.filter((role) => value.includes(role)) : [];
  } catch {
    return [];
  }
}

export function isTwoFactorRequired(policy: TwoFactorPolicy, role: Role): boolean {
  return policy.includes(role);
}
