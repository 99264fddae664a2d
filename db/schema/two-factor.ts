import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { users } from "./users";

/**
 * A user's authenticator app. The secret is sealed with a key kept outside the database
 * (server/two-factor/secret-seal.ts), so a copy of the database alone cannot make codes.
 * Until `confirmedAt` is set the user is still enrolling and signing in asks for no code.
 */
export const userTwoFactor = sqliteTable("user_two_factor", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  sealedSecret: text("sealed_secret").notNull(),
  confirmedAt: text("confirmed_at"),
  /** The time step of the last code accepted: no code from it or before is accepted again. */
  lastUsedStep: integer("last_used_step"),
  createdAt: text("created_at").notNull().default(now),
});

/** Single-use codes for when the authenticator is lost, stored as keyed hashes only. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * A sign-in part done: the password was right and the code is awaited ("second_factor"),
 * or both were and Auth.js is about to open the session ("session"). The browser holds
 * the random token, the table only its hash; each is used once and expires soon.
 */
export const signInChallenges = sqliteTable("sign_in_challenges", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  stage: text("stage", { enum: ["second_factor", "session"] }).notNull(),
  expiresAt: text("expires_at").notNull(),
});
