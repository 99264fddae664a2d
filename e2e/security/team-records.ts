import { hash } from "@node-rs/argon2";
import type Database from "better-sqlite3";

/**
 * Need-to-know arranged directly in a test's database, as the data layer stores it: a
 * case marked restricted and the users on its team, for the matrix's arrangements, which
 * must not depend on the team editor they check.
 */

/** An account that signs in with `password`, for a test that needs someone on (or off) a team. */
export async function insertUser(
  db: Database.Database,
  { email, name, role, password }: { email: string; name: string; role: "admin" | "campaigner" | "viewer"; password: string },
): Promise<number> {
  const { id } = db
    .prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?) RETURNING id")
    .get(email, name, role, await hash(password)) as { id: number };
  return id;
}

/** Restricts the case to exactly these users (besides any already on its team). */
export function restrictCase(db: Database.Database, caseId: number, userIds: number[], addedBy: number): void {
  db.prepare("UPDATE cases SET restricted = 1 WHERE id = ?").run(caseId);
  const add = db.prepare("INSERT OR IGNORE INTO case_team_members (case_id, user_id, added_by) VALUES (?, ?, ?)");
  for (const userId of userIds) add.run(caseId, userId, addedBy);
}
