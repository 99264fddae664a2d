import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { endedSessions } from "../schema";

/** Records that a session was signed out, so its cookie is refused from now on. */
export function endSession(db: Db, sessionId: string, userId: number): void {
  db.transaction((tx) => {
    tx.insert(endedSessions).values({ sessionId, userId }).onConflictDoNothing().run();
    recordAudit(tx, { actorId: userId, action: "sign_out", entityType: "user", entityId: userId });
  });
}

export function isSessionEnded(db: Db, sessionId: string): boolean {
  return Boolean(db.select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId)).get());
}
