import { hkdfSync } from "node:crypto";
import { readEnv } from "@/env";

/**
 * Keys for two-factor secrets and recovery codes, derived from AUTH_SECRET: they are in the
 * server's configuration, never in the database, so a stolen database or backup holds
 * only sealed secrets and keyed hashes. Each purpose has its own key. Changing AUTH_SECRET
 * makes every enrolled authenticator unreadable: those users then need an admin to reset
 * their second factor (docs/threat-model.md).
 */
export type KeyPurpose = "totp-secret" | "recovery-code";

const derived = new Map<string, Buffer>();

export function twoFactorKey(purpose: KeyPurpose): Buffer {
  const secret = readEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: two-factor sign-in needs it to seal its secrets.");
  const id = `${purpose}\n${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "vigil", `vigil ${purpose} v1`, 32));
    derived.set(id, key);
  }
  return key;
}
