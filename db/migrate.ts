import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

/** Applies the drizzle-kit migrations in drizzle/ that this database has not seen yet. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: path.join(process.cwd(), "drizzle") });
}
