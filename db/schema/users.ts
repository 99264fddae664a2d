import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ["admin", "campaigner", "viewer"] }).notNull(),
  passwordHash: text("password_hash").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
  version: integer("version").notNull().default(1),
  /**
   * Sessions issued before this time are refused: set when the password is changed or
   * reset and when the account is deactivated, so those sessions end on their next request.
   */
  sessionsValidFrom: text("sessions_valid_from"),
});

/**
 * Failed sign-ins by email address (whether or not an account has that address), used
 * to lock an address after repeated failures. Cleared for an address when it signs in.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    /** The client's address as the server saw it (or the trusted proxy said), for throttling one address spraying many accounts. */
    clientAddress: text("client_address"),
    at: text("at").notNull().default(now),
  },
  (t) => [index("sign_in_failures_email_idx").on(t.email, t.at), index("sign_in_failures_client_idx").on(t.clientAddress, t.at)],
);

/** Workspace-wide key/value settings, e.g. whether this is the demo workspace. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type User = typeof users.$inferSelect;
