import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { recordAudit } from "../audit";
import { users, userTwoFactor, type User } from "../schema";
import type { Role } from "../../domain/permissions";
import { DuplicateEmailError, NotFoundError } from "../../domain/errors";
import { checkAccountChange } from "../../domain/user-rules";
import { preparedPerConnection } from "../prepared";
import { clearEmailFailures } from "./sign-in-failures";

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

// Run on every request (the signed-in user is read fresh each time).
const userById = preparedPerConnection((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export function findUserById(db: Db, id: number): User | undefined {
  return userById(db).get({ id });
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function insertUser(db: Db, actorId: number | null, user: { email: string; name: string; role: Role; passwordHash: string }): User {
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, user.email.toLowerCase())).get();
    if (taken) throw new DuplicateEmailError();
    const row = tx
      .insert(users)
      .values({ ...user, email: user.email.toLowerCase() })
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actorId ?? row.id,
      action: "create",
      entityType: "user",
      entityId: row.id,
      details: { email: row.email, role: row.role },
    });
    return row;
  });
}

/**
 * Creates the first admin of an empty workspace. Checked inside the transaction so two
 * simultaneous first visits cannot both become admin.
 */
export function insertFirstAdmin(db: Db, user: { email: string; name: string; passwordHash: string }): User | null {
  return db.transaction((tx) => {
    const existing = tx.select({ n: count() }).from(users).get()?.n ?? 0;
    if (existing > 0) return null;
    const row = tx
      .insert(users)
      .values({ ...user, email: user.email.toLowerCase(), role: "admin" })
      .returning()
      .get();
    recordAudit(tx, { actorId: row.id, action: "create", entityType: "user", entityId: row.id, details: { firstAdmin: true } });
    return row;
  });
}

export function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      twoFactor: sql<boolean>`${userTwoFactor.confirmedAt} is not null`.mapWith(Boolean),
    })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .orderBy(desc(users.active), users.name, users.id)
    .all();
}

/** Everyone who ever had an account, for naming actors in the audit trail and its filters. */
export function listAllUserNames(db: Db) {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(users.name).all();
}

function countActiveAdmins(tx: Tx): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .get()?.n ?? 0
  );
}

function loadForChange(tx: Tx, id: number): User {
  const user = tx.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw new NotFoundError("That user does not exist.");
  return user;
}

/** Gives a user another role; refuses to leave the workspace without an active admin. */
export function changeUserRole(db: Db, actorId: number, userId: number, role: Role): User {
  return db.transaction((tx) => {
    const before = loadForChange(tx, userId);
    if (before.role === role) return before;
    checkAccountChange(before, { ...before, role }, countActiveAdmins(tx));
    const row = tx
      .update(users)
      .set({ role, updatedAt: new Date().toISOString(), version: sql`${users.version} + 1` })
      .where(eq(users.id, userId))
      .returning()
      .get()!;
    recordAudit(tx, { actorId, action: "role_change", entityType: "user", entityId: userId, details: { role: [before.role, role] } });
    return row;
  });
}

/**
 * Deactivates or reactivates an account. Deactivating also ends the user's open sessions
 * (they are refused on their next request), so a later reactivation does not revive them.
 */
export function setUserActive(db: Db, actorId: number, userId: number, active: boolean, now = new Date()): User {
  return db.transaction((tx) => {
    const before = loadForChange(tx, userId);
    if (before.active === active) return before;
    checkAccountChange(before, { ...before, active }, countActiveAdmins(tx));
    const at = now.toISOString();
    const row = tx
      .update(users)
      .set({
        active,
        updatedAt: at,
        version: sql`${users.version} + 1`,
        ...(active ? {} : { sessionsValidFrom: at }),
      })
      .where(eq(users.id, userId))
      .returning()
      .get()!;
    recordAudit(tx, {
      actorId,
      action: active ? "reactivate" : "deactivate",
      entityType: "user",
      entityId: userId,
      details: { active: [before.active, active] },
    });
    return row;
  });
}

/**
 * Stores a new password hash and ends every session opened before now. `action` is
 * "password_change" when users change their own, "password_reset" when an admin sets it.
 * A reset also lifts the account's sign-in lock: whoever asked for it has proved who they
 * are to the admin, and should not wait out a lock someone else's guessing caused.
 */
export function setUserPassword(
  db: Db,
  actorId: number,
  userId: number,
  passwordHash: string,
  action: "password_change" | "password_reset",
  now = new Date(),
): User {
  return db.transaction((tx) => {
    loadForChange(tx, userId);
    const at = now.toISOString();
    const row = tx
      .update(users)
      .set({ passwordHash, sessionsValidFrom: at, updatedAt: at, version: sql`${users.version} + 1` })
      .where(eq(users.id, userId))
      .returning()
      .get()!;
    const failures = action === "password_reset" ? clearEmailFailures(tx, row.email, now) : { cleared: 0, wasLocked: false };
    // Never the hash itself: the audit trail says that it changed, not what to.
    recordAudit(tx, {
      actorId,
      action,
      entityType: "user",
      entityId: userId,
      details: failures.cleared > 0 ? { failedSignInsCleared: failures.cleared, signInLockLifted: failures.wasLocked } : {},
    });
    return row;
  });
}
