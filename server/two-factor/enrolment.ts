import type { Db } from "@/db/client";
import { confirmTwoFactorEnrolment, countUnusedRecoveryCodes, findTwoFactor, startTwoFactorEnrolment } from "@/db/queries/two-factor";
import { readTypedCode } from "@/domain/two-factor";
import { openSecret, sealSecret } from "./secret-seal";
import { newTotpSecret, totpAddress, totpStepOf } from "./totp";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";

export type TwoFactorState =
  | { state: "off" }
  | { state: "enrolling"; secret: string; address: string }
  | { state: "on"; since: string; unusedRecoveryCodes: number };

/** Where a user's second factor stands, with the secret to show while enrolling (to them only). */
export function readTwoFactorState(db: Db, user: { id: number; email: string }): TwoFactorState {
  const row = findTwoFactor(db, user.id);
  if (!row) return { state: "off" };
  if (row.confirmedAt) return { state: "on", since: row.confirmedAt, unusedRecoveryCodes: countUnusedRecoveryCodes(db, user.id) };
  const secret = openSecret(row.sealedSecret, user.id);
  // A secret sealed under another AUTH_SECRET cannot be shown: start again with a new one.
  if (!secret) return { state: "off" };
  return { state: "enrolling", secret, address: totpAddress(secret, user.email) };
}

/** A new secret to scan; false if the user is already enrolled (turn it off first). */
export function startEnrolment(db: Db, userId: number): boolean {
  return startTwoFactorEnrolment(db, userId, sealSecret(newTotpSecret(), userId));
}

export type Confirmation = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "wrong_code" | "not_enrolling" };

/** The first code proves the app holds the secret; the recovery codes are returned once and stored hashed. */
export function confirmEnrolment(db: Db, userId: number, typed: string, now = Date.now()): Confirmation {
  const row = findTwoFactor(db, userId);
  if (!row || row.confirmedAt) return { ok: false, reason: "not_enrolling" };
  const secret = openSecret(row.sealedSecret, userId);
  const code = readTypedCode(typed);
  const step = secret && code.kind === "totp" ? totpStepOf(secret, code.code, now) : null;
  if (step === null) return { ok: false, reason: "wrong_code" };
  const recoveryCodes = newRecoveryCodes();
  if (!confirmTwoFactorEnrolment(db, userId, step, recoveryCodes.map(recoveryCodeHash), new Date(now))) {
    return { ok: false, reason: "not_enrolling" };
  }
  return { ok: true, recoveryCodes };
}
