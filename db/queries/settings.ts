import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { preparedPerConnection } from "../prepared";
import { settings } from "../schema";

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
