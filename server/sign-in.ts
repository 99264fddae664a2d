import type { Db } from "../db/client";
import { recordAudit } from "../db/audit";
import type { User } from "../db/schema";
import { findUserByEmail } from "../db/queries/users";
import { clearEmailFailures, reserveAttempt, type Lock } from "../db/queries/sign-in-failures";
import { hasTwoFactor } from "../db/queries/two-factor";
import { dummyPasswordHash, verifyPassword } from "./password";

/**
 * "second_factor": the password was right and the account has an authenticator, so the
 * sign-in waits for a code (server/second-factor-sign-in.ts); the failures counted against
 * the account stay until the code is right too, so a known password buys no extra guesses.
 */
export type SignInResult =
  | { kind: "ok"; user: User }
  | { kind: "second_factor"; user: User }
  | { kind: "invalid" }
  | ({ kind: "locked" } & Lock);

export interface SignInAttempt {
  email: string;
  password: string;
  /** The throttling key of the client's address (server/client-address.ts), null when unknown. */
  clientAddress: string | null;
}

/** The client's address as the audit trail keeps it for a failure, when known. */
function fromAddress(clientAddress: string | null) {
  return clientAddress ? { clientAddress } : {};
}

/**
 * Checks an email and password, throttled per email and per client address. An unknown
 * email is verified against a dummy hash, so a wrong password and an unknown address take
 * the same time, count towards the same locks and get the same answer. A locked attempt is
 * refused without looking at the password. Every attempt is audited.
 */
export async function attemptSignIn(db: Db, attempt: SignInAttempt, now: () => Date = () => new Date()): Promise<SignInResult> {
  const email = attempt.email.toLowerCase();
  const user = findUserByEmail(db, email);
  const lock = reserveAttempt(db, email, attempt.clientAddress, now());
  if (lock) {
    recordAudit(db, {
      actorId: user?.id ?? null,
      action: "sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      details: { email, reason: lock.scope === "account" ? "locked" : "client_address_locked", ...fromAddress(attempt.clientAddress) },
    });
    return { kind: "locked", ...lock };
  }
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), attempt.password);
  const success = Boolean(user && user.active && ok);
  const signedInUser = success ? user : undefined;
  const codeFollows = signedInUser ? hasTwoFactor(db, signedInUser.id) : false;
  db.transaction((tx) => {
    if (success && !codeFollows) clearEmailFailures(tx, email);
    recordAudit(tx, {
      actorId: user?.id ?? null,
      action: codeFollows ? "sign_in_code_asked" : success ? "sign_in" : "sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      details: success ? {} : { email, ...fromAddress(attempt.clientAddress) },
    });
  });
  if (!signedInUser) return { kind: "invalid" };
  return codeFollows ? { kind: "second_factor", user: signedInUser } : { kind: "ok", user: signedInUser };
}

export type CurrentPasswordCheck = { kind: "ok" } | { kind: "invalid" } | ({ kind: "locked" } & Lock);

/**
 * Checks a signed-in user's current password before they change it. Someone at an
 * unlocked screen could otherwise guess it here without limit, so a wrong one counts as a
 * failed sign-in for the account's email (the same lock), a locked account is refused
 * without looking at the password, and each refusal is audited. It does not count towards
 * the client address: one session guesses for one account only, which the email's lock
 * already stops.
 */
export async function checkCurrentPassword(
  db: Db,
  user: User,
  password: string,
  clientAddress: string | null,
  now: () => Date = () => new Date(),
): Promise<CurrentPasswordCheck> {
  const refused = (reason: string | null) =>
    recordAudit(db, {
      actorId: user.id,
      action: "password_change_failed",
      entityType: "user",
      entityId: user.id,
      details: { ...(reason ? { reason } : {}), ...fromAddress(clientAddress) },
    });
  const lock = reserveAttempt(db, user.email, null, now());
  if (lock) {
    refused("locked");
    return { kind: "locked", ...lock };
  }
  if (await verifyPassword(user.passwordHash, password)) {
    clearEmailFailures(db, user.email);
    return { kind: "ok" };
  }
  refused(null);
  return { kind: "invalid" };
}
