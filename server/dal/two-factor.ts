import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { findUserById } from "@/db/queries/users";
import { reserveAttempt, type Lock } from "@/db/queries/sign-in-failures";
import { readTwoFactorPolicy, setTwoFactorPolicy } from "@/db/queries/settings";
import { findTwoFactor, removeTwoFactor } from "@/db/queries/two-factor";
import { assertCanManageUsers, assertCanRead, type Actor, type Role } from "@/domain/permissions";
import { isTwoFactorRequired, type TwoFactorPolicy } from "@/domain/two-factor";
import { NotFoundError } from "@/domain/errors";
import { checkCurrentPassword } from "@/server/sign-in";
import { checkSecondFactorCode } from "@/server/two-factor/codes";
import {
  confirmEnrolment,
  readTwoFactorState,
  startEnrolment,
  type Confirmation,
  type TwoFactorState,
} from "@/server/two-factor/enrolment";

/** The signed-in user's own second factor, and whether their role must have one. */
export function getMyTwoFactor(actor: Actor | null): TwoFactorState & { required: boolean } {
  assertCanRead(actor);
  const db = getDb();
  return { ...readTwoFactorState(db, actor), required: isTwoFactorRequired(readTwoFactorPolicy(db), actor.role) };
}

export function startMyEnrolment(actor: Actor | null): boolean {
  assertCanRead(actor);
  return startEnrolment(getDb(), actor.id);
}

export function confirmMyEnrolment(actor: Actor | null, code: string): Confirmation {
  assertCanRead(actor);
  return confirmEnrolment(getDb(), actor.id, code);
}

export type TurnOffResult =
  | { kind: "off" }
  | { kind: "wrong_code" | "replayed_code" | "wrong_password" | "not_on" }
  | ({ kind: "locked" } & Lock);

/**
 * Turns the actor's own second factor off, given a code and the password: someone at an
 * unlocked screen has neither. The code is checked first and counts as a failed sign-in
 * until right (the password check clears the account's failures, so it must not come
 * first and give code guesses for free).
 */
export async function turnOffMyTwoFactor(
  actor: Actor | null,
  input: { password: string; code: string },
  clientAddress: string | null,
): Promise<TurnOffResult> {
  assertCanRead(actor);
  const db = getDb();
  const me = findUserById(db, actor.id);
  if (!me) throw new NotFoundError("Your account no longer exists.");
  const lock = reserveAttempt(db, me.email, clientAddress, new Date());
  if (lock) return { kind: "locked", ...lock };
  const code = checkSecondFactorCode(db, me.id, input.code);
  if (!code.ok) {
    recordAudit(db, {
      actorId: me.id,
      action: "two_factor_disable_failed",
      entityType: "user",
      entityId: me.id,
      details: { reason: code.reason },
    });
    return { kind: code.reason === "no_second_factor" ? "not_on" : code.reason };
  }
  const password = await checkCurrentPassword(db, me, input.password, clientAddress);
  if (password.kind === "locked") return password;
  if (password.kind === "invalid") return { kind: "wrong_password" };
  removeTwoFactor(db, me.id, me.id, "two_factor_disabled");
  return { kind: "off" };
}

/** An admin takes a user's second factor away (a lost phone and lost codes); the user can set up a new one. */
export function resetUserTwoFactor(actor: Actor | null, userId: number): boolean {
  assertCanManageUsers(actor);
  const db = getDb();
  if (!findUserById(db, userId)) throw new NotFoundError("That user does not exist.");
  return removeTwoFactor(db, actor.id, userId, "two_factor_reset");
}

export function getTwoFactorPolicy(actor: Actor | null): TwoFactorPolicy {
  assertCanManageUsers(actor);
  return readTwoFactorPolicy(getDb());
}

export function requireTwoFactorFor(actor: Actor | null, roles: readonly Role[]): void {
  assertCanManageUsers(actor);
  setTwoFactorPolicy(getDb(), actor.id, roles);
}

/** For the admin's page of a user: whether their second factor is on, and since when. */
export function getUserTwoFactorSummary(actor: Actor | null, userId: number): { on: boolean; since: string | null } {
  assertCanManageUsers(actor);
  const row = findTwoFactor(getDb(), userId);
  return { on: Boolean(row?.confirmedAt), since: row?.confirmedAt ?? null };
}
