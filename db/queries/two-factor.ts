import { and, count, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { recoveryCodes, signInChallenges, userTwoFactor } from "../schema";
import { preparedPerConnection } from "../prepared";

// The secrets arrive sealed and the codes hashed (server/two-factor); nothing here sees either in the clear.

export type TwoFactorRow = typeof userTwoFactor.$inferSelect;

export function findTwoFactor(db: Db | Tx, userId: number): TwoFactorRow | undefined {
  return db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).get();
}

// Asked on every signed-in request where the workspace requires a second factor.
const confirmedTwoFactor = preparedPerConnection((db) =>
  db
    .select({ confirmedAt: userTwoFactor.confirmedAt })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, sql.placeholder("userId")))
    .prepare(),
);

export function hasTwoFactor(db: Db, userId: number): boolean {
  return Boolean(confirmedTwoFactor(db).get({ userId })?.confirmedAt);
}

/** Starts (or starts again) an enrolment with a new sealed secret; an enrolled account keeps its own. */
export function startTwoFactorEnrolment(db: Db, userId: number, sealedSecret: string): boolean {
  const { changes } = db
    .insert(userTwoFactor)
    .values({ userId, sealedSecret })
    .onConflictDoUpdate({
      target: userTwoFactor.userId,
      set: { sealedSecret, lastUsedStep: null },
      where: isNull(userTwoFactor.confirmedAt),
    })
    .run();
  return changes === 1;
}

/**
 * Finishes an enrolment: the first code's step is the last one used, and the recovery
 * codes replace any before. False when the enrolment was finished or removed meanwhile.
 */
export function confirmTwoFactorEnrolment(db: Db, userId: number, step: number, codeHashes: string[], now = new Date()): boolean {
  return db.transaction((tx) => {
    const { changes } = tx
      .update(userTwoFactor)
      .set({ confirmedAt: now.toISOString(), lastUsedStep: step })
      .where(and(eq(userTwoFactor.userId, userId), isNull(userTwoFactor.confirmedAt)))
      .run();
    if (changes !== 1) return false;
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    tx.insert(recoveryCodes)
      .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
      .run();
    recordAudit(tx, { actorId: userId, action: "two_factor_enabled", entityType: "user", entityId: userId });
    return true;
  });
}

/**
 * Records a code's time step as used, only if it is after the last one: one statement, so
 * two requests racing with the same code cannot both succeed.
 */
export function useTotpStep(db: Db, userId: number, step: number): boolean {
  const { changes } = db
    .update(userTwoFactor)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(userTwoFactor.userId, userId),
        or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step)),
        sql`${userTwoFactor.confirmedAt} is not null`,
      ),
    )
    .run();
  return changes === 1;
}

/** Marks an unused recovery code used; false if there is none with this hash. */
export function useRecoveryCode(db: Db, userId: number, codeHash: string, now = new Date()): boolean {
  const { changes } = db
    .update(recoveryCodes)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .run();
  return changes === 1;
}

export function countUnusedRecoveryCodes(db: Db, userId: number): number {
  return (
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  );
}

/**
 * Removes a user's second factor and recovery codes: turned off by the user
 * ("two_factor_disabled") or reset by an admin ("two_factor_reset"). False if there was none.
 */
export function removeTwoFactor(db: Db, actorId: number, userId: number, action: "two_factor_disabled" | "two_factor_reset"): boolean {
  return db.transaction((tx) => {
    const { changes } = tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId)).run();
    if (changes === 1) recordAudit(tx, { actorId, action, entityType: "user", entityId: userId });
    return changes === 1;
  });
}

export type ChallengeStage = (typeof signInChallenges.$inferSelect)["stage"];

export function createSignInChallenge(
  db: Db,
  challenge: { tokenHash: string; userId: number; stage: ChallengeStage; expiresAt: Date },
  now = new Date(),
): void {
  db.transaction((tx) => {
    // Expired ones go on the way: the table holds only sign-ins under way.
    tx.delete(signInChallenges).where(lt(signInChallenges.expiresAt, now.toISOString())).run();
    tx.insert(signInChallenges)
      .values({ ...challenge, expiresAt: challenge.expiresAt.toISOString() })
      .run();
  });
}

/** The user a live challenge at this stage is for, or null. */
export function findSignInChallenge(db: Db, tokenHash: string, stage: ChallengeStage, now = new Date()): number | null {
  const row = db
    .select({ userId: signInChallenges.userId, expiresAt: signInChallenges.expiresAt })
    .from(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, tokenHash), eq(signInChallenges.stage, stage)))
    .get();
  return row && row.expiresAt > now.toISOString() ? row.userId : null;
}

/** Uses a challenge up: the user it was for, or null if it was not live (a second use gets null). */
export function takeSignInChallenge(db: Db, tokenHash: string, stage: ChallengeStage, now = new Date()): number | null {
  const row = db
    .delete(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, tokenHash), eq(signInChallenges.stage, stage)))
    .returning({ userId: signInChallenges.userId, expiresAt: signInChallenges.expiresAt })
    .get();
  return row && row.expiresAt > now.toISOString() ? row.userId : null;
}
