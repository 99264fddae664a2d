import type Database from "better-sqlite3";
import { sealSecret } from "../server/two-factor/secret-seal";
import { newTotpSecret, totpCodeAt } from "../server/two-factor/totp";
import { recoveryCodeHash } from "../server/two-factor/recovery-codes";
import { recoveryCodeFromBytes } from "../domain/two-factor";
import { randomBytes } from "node:crypto";

// Tests arrange and read two-factor records the way the server does, so they need its key:
// every end-to-end server runs with this AUTH_SECRET (playwright.config.ts).
process.env.AUTH_SECRET = "e2e-only-secret-not-used-anywhere-else";

/** A user with an authenticator set up and one recovery code, as enrolling would leave them. */
export function giveTwoFactor(db: Database.Database, userId: number, { confirmed = true } = {}) {
  const secret = newTotpSecret();
  const recoveryCode = recoveryCodeFromBytes(randomBytes(10));
  db.prepare("DELETE FROM recovery_codes WHERE user_id = ?").run(userId);
  db.prepare(
    `INSERT INTO user_two_factor (user_id, sealed_secret, confirmed_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET sealed_secret = excluded.sealed_secret, confirmed_at = excluded.confirmed_at, last_used_step = NULL`,
  ).run(userId, sealSecret(secret, userId), confirmed ? new Date().toISOString() : null);
  if (confirmed) db.prepare("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)").run(userId, recoveryCodeHash(recoveryCode));
  return { secret, recoveryCode, codeNow: () => totpCodeAt(secret, Date.now()) };
}

/** A user without a second factor, as before enrolling. */
export function removeTwoFactor(db: Database.Database, userId: number) {
  db.prepare("DELETE FROM recovery_codes WHERE user_id = ?").run(userId);
  db.prepare("DELETE FROM user_two_factor WHERE user_id = ?").run(userId);
}

export { totpCodeAt };
