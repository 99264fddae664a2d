import type { Db } from "../db/client";
import { recordAudit } from "../db/audit";
import type { User } from "../db/schema";
import { findUserById } from "../db/queries/users";
import { clearEmailFailures, reserveAttempt, type Lock } from "../db/queries/sign-in-failures";
import { awaitingSecondFactor, endSecondFactorWait } from "./two-factor/challenges";
import { checkSecondFactorCode } from "./two-factor/codes";

export type SecondFactorResult =
  | { kind: "ok"; user: User }
  | { kind: "invalid"; reason: "wrong_code" | "replayed_code" }
  | { kind: "expired" }
  | ({ kind: "locked" } & Lock);

/**
 * The code step of a sign-in whose password was right (`waitToken` from the browser's
 * cookie). Every code counts as a failed sign-in for the account and the client address
 * until it is right, under the same locks as passwords; a locked attempt is refused
 * before the code is looked at. Every attempt is audited.
 */
export function attemptSecondFactor(
  db: Db,
  attempt: { waitToken: string; code: string; clientAddress: string | null },
  now: () => Date = () => new Date(),
): SecondFactorResult {
  const userId = awaitingSecondFactor(db, attempt.waitToken, now());
  const user = userId ? findUserById(db, userId) : undefined;
  if (!user?.active) return { kind: "expired" };
  const address = attempt.clientAddress ? { clientAddress: attempt.clientAddress } : {};
  const lock = reserveAttempt(db, user.email, attempt.clientAddress, now());
  if (lock) {
    recordAudit(db, {
      actorId: user.id,
      action: "sign_in_failed",
      entityType: "user",
      entityId: user.id,
      details: { reason: "locked", ...address },
    });
    return { kind: "locked", ...lock };
  }
  const check = checkSecondFactorCode(db, user.id, attempt.code, now().getTime());
  if (!check.ok) {
    recordAudit(db, {
      actorId: user.id,
      action: "sign_in_failed",
      entityType: "user",
      entityId: user.id,
      details: { reason: check.reason, ...address },
    });
    // An account whose second factor was reset meanwhile starts again from the password.
    if (check.reason === "no_second_factor") return { kind: "expired" };
    return { kind: "invalid", reason: check.reason };
  }
  db.transaction((tx) => {
    endSecondFactorWait(db, attempt.waitToken);
    clearEmailFailures(tx, user.email);
    recordAudit(tx, { actorId: user.id, action: "sign_in", entityType: "user", entityId: user.id, details: { secondFactor: check.used } });
  });
  return { kind: "ok", user };
}
