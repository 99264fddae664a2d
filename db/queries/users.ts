import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { users, type User } from "../schema";
import type { Role } from "../../lib/domain/permissions";

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function findUserById(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function listActiveUsers(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(users.name)
    .all();
}

export function insertUser(
  db: Db,
  actorId: number | null,
  user: { email: string; name: string; role: Role; passwordHash: string },
): User {
  return db.transaction((tx) => {
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
export function insertFirstAdmin(
  db: Db,
  user: { email: string; name: string; passwordHash: string },
): User | null {
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
