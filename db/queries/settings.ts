import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { settings } from "../schema";
import { recordAudit } from "../audit";
import { parseTwoFactorPolicy, type TwoFactorPolicy } from "../../domain/two-factor";

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
