import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { endedSessions } from "../schema";
import { preparedPerConnection } from "../prepared";

/** Records that a session was signed out, so its cookie is refused from now on. */
export function endSession(db: Db, sessionId: string, userId: number): void {
  db.transaction((tx) => {
    tx.insert(endedSessions).values({ sessionId, userId }).onConflictDoNothing().run();
    recordAudit(tx, { actorId: userId, action: "sign_out", entityType: "user", entityId: userId });
  });
}

// Run on every request.
const endedSession = preparedPerConnection((db) =>
  db
    .select({ id: endedSessions.sessionId })
    .from(endedSessions)
    .where(eq(endedSessions.sessionId, sql.placeholder("sessionId")))
    .prepare(),
);

export function isSessionEnded(db: Db, sessionId: string): boolean {
  return Boolean(endedSession(db).get({ sessionId }));
}
