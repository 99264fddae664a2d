import { Secret, TOTP } from "otpauth";
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW_STEPS } from "@/domain/two-factor";

const ISSUER = "Vigil";

function totpFor(secretBase32: string, account: string) {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: "SHA1", // what every authenticator app reads
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base 32 as apps take it typed. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpAddress(secretBase32: string, account: string): string {
  return totpFor(secretBase32, account).toString();
}

/**
 * The time step of a code that is right now (or one step either side), or null. The step
 * is what makes a code single-use: the caller refuses steps not after the last one used.
 */
export function totpStepOf(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, "").validate({ token: code, timestamp: now, window: TOTP_WINDOW_STEPS });
  if (delta === null) return null;
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** The code an app would show at `now`; for tests and the demo workspace's own checks. */
export function totpCodeAt(secretBase32: string, now: number): string {
  return totpFor(secretBase32, "").generate({ timestamp: now });
}
