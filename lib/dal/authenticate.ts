import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { findUserByEmail } from "@/db/queries/users";
import { dummyPasswordHash, verifyPassword } from "@/lib/domain/password";
import { signInSchema } from "@/lib/validation/user";

/**
 * Checks an email and password. Unknown emails are verified against a dummy hash so
 * the answer takes the same time either way, and both failures look the same.
 */
export async function authenticate(email: unknown, password: unknown) {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return null;
  const db = getDb();
  const user = findUserByEmail(db, parsed.data.email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  const success = Boolean(user && user.active && ok);
  recordAudit(db, {
    actorId: user?.id ?? null,
    action: success ? "sign_in" : "sign_in_failed",
    entityType: "user",
    entityId: user?.id ?? null,
    details: success ? {} : { email: parsed.data.email },
  });
  return success ? user! : null;
}
