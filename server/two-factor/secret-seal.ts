import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { twoFactorKey } from "./keys";

// AES-256-GCM: the tag also proves the sealed text was not swapped between accounts,
// because the user's id is bound in as associated data.
const VERSION = "v1";

export function sealSecret(secret: string, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", twoFactorKey("totp-secret"), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The secret, or null when it cannot be opened (another key, another account, or tampered with). */
export function openSecret(sealed: string, userId: number): string | null {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", twoFactorKey("totp-secret"), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
