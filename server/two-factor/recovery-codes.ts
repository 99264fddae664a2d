import { createHmac, randomBytes } from "node:crypto";
import { RECOVERY_CODE_COUNT, recoveryCodeFromBytes } from "@/domain/two-factor";
import { twoFactorKey } from "./keys";

/** Ten new recovery codes, to show the user once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFromBytes(randomBytes(10)));
}

/**
 * What is stored of a recovery code. Keyed (HMAC), so a stolen database alone cannot be
 * searched for codes; the codes are random, so no slow hash is needed on top of the key.
 */
export function recoveryCodeHash(code: string): string {
  return createHmac("sha256", twoFactorKey("recovery-code")).update(code).digest("base64url");
}
