import type { Db } from "@/db/client";
import { findTwoFactor, useRecoveryCode, useTotpStep } from "@/db/queries/two-factor";
import { isFreshStep, readTypedCode } from "@/domain/two-factor";
import { openSecret } from "./secret-seal";
import { totpStepOf } from "./totp";
import { recoveryCodeHash } from "./recovery-codes";

export type CodeCheck =
  | { ok: true; used: "totp" | "recovery_code" }
  | { ok: false; reason: "wrong_code" | "replayed_code" | "no_second_factor" };

/**
 * Checks a code typed by an enrolled user: the app's code for now (used once: its step is
 * recorded and no earlier or equal step is accepted again) or an unused recovery code.
 */
export function checkSecondFactorCode(db: Db, userId: number, typed: string, now = Date.now()): CodeCheck {
  const row = findTwoFactor(db, userId);
  if (!row?.confirmedAt) return { ok: false, reason: "no_second_factor" };
  const code = readTypedCode(typed);
  if (code.kind === "recovery") {
    return useRecoveryCode(db, userId, recoveryCodeHash(code.code), new Date(now))
      ? { ok: true, used: "recovery_code" }
      : { ok: false, reason: "wrong_code" };
  }
  if (code.kind !== "totp") return { ok: false, reason: "wrong_code" };
  const secret = openSecret(row.sealedSecret, userId);
  const step = secret ? totpStepOf(secret, code.code, now) : null;
  if (step === null) return { ok: false, reason: "wrong_code" };
  if (!isFreshStep(step, row.lastUsedStep) || !useTotpStep(db, userId, step)) return { ok: false, reason: "replayed_code" };
  return { ok: true, used: "totp" };
}
