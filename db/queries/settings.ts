import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { settings } from "../schema";
import { recordAudit } from "../audit";
import { parseTwoFactorPolicy, type TwoFactorPolicy } from "../../domain/two-factor";
import { parseLockdownMode, type LockdownMode } from "../../domain/lockdown";
import { endNonAdminSessions } from "./sessions";

// Every signed-in page asks whether this is the demo workspace, for its banner.
const settingByKey = preparedPerConnection((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder("key")))
    .prepare(),
);

function getSetting(db: Db, key: string): string | null {
  return settingByKey(db).get({ key })?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

export function isDemoWorkspace(db: Db): boolean {
  return getSetting(db, "demo") === "1";
}

const TWO_FACTOR_POLICY = "two_factor_required";

/** The roles that must sign in with a second factor (read on every signed-in request). */
export function readTwoFactorPolicy(db: Db): TwoFactorPolicy {
  return parseTwoFactorPolicy(getSetting(db, TWO_FACTOR_POLICY));
}

export function setTwoFactorPolicy(db: Db, actorId: number, roles: TwoFactorPolicy): void {
  db.transaction((tx) => {
    const before = parseTwoFactorPolicy(getSetting(db, TWO_FACTOR_POLICY));
    tx.insert(settings)
      .values({ key: TWO_FACTOR_POLICY, value: JSON.stringify(roles) })
      .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(roles) } })
      .run();
    recordAudit(tx, { actorId, action: "two_factor_policy", entityType: "workspace", details: { requiredFor: [before, roles] } });
  });
}

const LOCKDOWN = "lockdown";

/** The workspace's lockdown mode (read on every request and every change). */
export function readLockdown(db: Db): LockdownMode {
  return parseLockdownMode(getSetting(db, LOCKDOWN));
}

/**
 * Switches the lockdown mode, audited. Going admins-only also ends every session that is
 * not an admin's, so they stay signed out when the workspace reopens.
 */
export function setLockdown(db: Db, actorId: number, mode: LockdownMode): { sessionsEnded: number } {
  return db.transaction((tx) => {
    const before = readLockdown(db);
    tx.insert(settings)
      .values({ key: LOCKDOWN, value: mode })
      .onConflictDoUpdate({ target: settings.key, set: { value: mode } })
      .run();
    const sessionsEnded = mode === "admins-only" ? endNonAdminSessions(db, actorId) : 0;
    recordAudit(tx, { actorId, action: "lockdown", entityType: "workspace", details: { mode: [before, mode], sessionsEnded } });
    return { sessionsEnded };
  });
}
