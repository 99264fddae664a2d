import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index, primaryKey } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { cases } from "./cases";
import { users } from "./users";

/** Who follows a case: told when its status changes, or an ask or an outcome is logged on it. Owners watch their cases. */
export const caseWatchers = sqliteTable(
  "case_watchers",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
  },
  // The case list's "watching" filter looks a reader's cases up by (user, case).
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("case_watchers_user_idx").on(t.userId, t.caseId)],
);

export const NOTIFICATION_KINDS = ["assigned", "status", "ask", "outcome"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What happened that one user is told of. A row names the record it is about and nothing of
 * its content: the inbox shows it only while the user may see that record (db/visibility.ts),
 * so losing access to a case, or a record becoming confidential, takes its notices away.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** The ask or outcome the notice is about; null for the case itself. */
    subjectId: integer("subject_id"),
    /** For a status change, the status moved to: part of the case's record, never confidential. */
    status: text("status"),
    actorId: integer("actor_id").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    readAt: text("read_at"),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id),
    // The unread count every page shows: only the unread rows are in this index.
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} IS NULL`),
    index("notifications_case_idx").on(t.caseId),
  ],
);
