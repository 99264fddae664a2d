import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { preparedPerConnection } from "../prepared";
import { notifications, type NotificationKind } from "../schema";
import { notificationVisibleSql, readerParams, type Reader } from "../visibility";

/** What a watched case's change tells its watchers: the kind, and the ask or outcome it is about. */
export interface CaseEvent {
  caseId: number;
  actorId: number;
  kind: Exclude<NotificationKind, "assigned">;
  subjectId?: number | null;
  status?: string | null;
}

/**
 * Tells every active watcher of the case but the one who made the change, in the change's
 * transaction. Whether each may see it is decided when they read it (db/visibility.ts).
 */
export function notifyWatchers(tx: Db | Tx, event: CaseEvent): void {
  const { caseId, kind, actorId } = event;
  tx.run(
    sql`INSERT INTO notifications (user_id, case_id, kind, subject_id, status, actor_id)
        SELECT w.user_id, ${caseId}, ${kind}, ${event.subjectId ?? null}, ${event.status ?? null}, ${actorId}
          FROM case_watchers w JOIN users u ON u.id = w.user_id AND u.active = 1
         WHERE w.case_id = ${caseId} AND w.user_id != ${actorId}`,
  );
}

/** Tells a case's new owner, unless they gave it to themselves. */
export function notifyAssigned(tx: Db | Tx, { caseId, actorId, ownerId }: { caseId: number; actorId: number; ownerId: number }): void {
  if (ownerId === actorId) return;
  tx.insert(notifications).values({ userId: ownerId, caseId, kind: "assigned", actorId }).run();
}

// The bell on every page: at most 100 unread rows, through the index of unread rows only.
const MAX_COUNTED = 100;
const unreadCount = preparedPerConnection((db) =>
  db.$client.prepare<Record<string, number>, { unread: number }>(
    `SELECT count(*) AS unread FROM (
       SELECT 1 FROM notifications n INDEXED BY notifications_unread_idx
        WHERE n.user_id = @readerId AND n.read_at IS NULL AND ${notificationVisibleSql("n")}
        LIMIT ${MAX_COUNTED})`,
  ),
);

/** How many unread notices the reader may see, up to 100 (shown as "99+" past 99). */
export function countUnreadNotifications(db: Db, reader: Reader): number {
  return unreadCount(db).get(readerParams(reader))?.unread ?? 0;
}

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  caseId: number;
  personName: string;
  status: string | null;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

const latest = preparedPerConnection((db) =>
  db.$client.prepare<Record<string, number>, NotificationRow>(
    `SELECT n.id, n.kind, n.case_id AS caseId, c.person_name AS personName, n.status, a.name AS actorName,
            n.created_at AS createdAt, n.read_at AS readAt
       FROM notifications n
       JOIN cases c ON c.id = n.case_id
       LEFT JOIN users a ON a.id = n.actor_id
      WHERE n.user_id = @readerId AND ${notificationVisibleSql("n")}
      ORDER BY n.id DESC
      LIMIT @limit`,
  ),
);

/** The reader's latest notices that they may see, newest first. */
export function listNotifications(db: Db, reader: Reader, { limit = 50 }: { limit?: number } = {}): NotificationRow[] {
  return latest(db).all({ ...readerParams(reader), limit });
}

/** Marks one of the user's own notices read; false if they have no such notice. */
export function markNotificationRead(db: Db, userId: number, id: number): boolean {
  const changed = db
    .update(notifications)
    .set({ readAt: new Date().toISOString() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
  if (changed.changes > 0) return true;
  return Boolean(
    db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .get(),
  );
}

/** Marks every unread notice of the user read; the number marked. */
export function markAllNotificationsRead(db: Db, userId: number): number {
  return db
    .update(notifications)
    .set({ readAt: new Date().toISOString() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run().changes;
}
