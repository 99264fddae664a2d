import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { users } from "./users";

/**
 * Every session opened by signing in, so its user can see it and end it, and an admin can
 * end it. Sessions are signed cookies; a cookie whose session has no row here, or an ended
 * one, is refused on its next request (server/dal/session.ts).
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    /** The random id inside the session cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    startedAt: text("started_at").notNull().default(now),
    /** Moved on at most once a minute while the session is used. */
    lastSeenAt: text("last_seen_at").notNull().default(now),
    userAgent: text("user_agent"),
    clientAddress: text("client_address"),
    /** A hash of the browser's own long-lived id (app/browser-id.ts), to tell a browser the account has not used before. */
    browserHash: text("browser_hash"),
    /** Signed in from a browser this account had not signed in from before. */
    newBrowser: integer("new_browser", { mode: "boolean" }).notNull().default(false),
    /** When the user set aside the notice of this new-browser sign-in. */
    noticeDismissedAt: text("notice_dismissed_at"),
    endedAt: text("ended_at"),
    /** Who ended it: the user (signing out or from another session) or an admin. */
    endedBy: integer("ended_by").references(() => users.id),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.startedAt), index("user_sessions_new_browser_idx").on(t.newBrowser, t.startedAt)],
);

export type UserSession = typeof userSessions.$inferSelect;
