import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

function getSetting(db: Db, key: string): string | null {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

export function isDemoWorkspace(db: Db): boolean {
  return getSetting(db, "demo") === "1";
}
