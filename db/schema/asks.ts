import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { cases } from "./cases";
import { sources } from "./sources";
import { users } from "./users";

/** Officials, organisations and case contacts the campaign deals with. */
export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["official", "organisation", "contact"] }).notNull(),
    name: text("name").notNull(),
    /** Current office or title; asks keep a copy of the office held at the time. */
    office: text("office").notNull().default(""),
    institution: text("institution").notNull().default(""),
    country: text("country").notNull().default(""),
    notes: text("notes").notNull().default(""),
    /** For contacts: the case they relate to (a relative, a lawyer). */
    caseId: integer("case_id").references(() => cases.id),
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("people_kind_idx").on(t.kind, t.name), index("people_case_idx").on(t.caseId)],
);

export const asks = sqliteTable(
  "asks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    officialId: integer("official_id")
      .notNull()
      .references(() => people.id),
    /** The office the official held when the ask was made. */
    officeAtTime: text("office_at_time").notNull().default(""),
    text: text("text").notNull(),
    channel: text("channel").notNull(),
    madeOn: text("made_on"),
    ownerId: integer("owner_id").references(() => users.id),
    followUpOn: text("follow_up_on"),
    status: text("status").notNull(),
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("asks_case_idx").on(t.caseId),
    index("asks_official_idx").on(t.officialId),
    index("asks_owner_follow_up_idx").on(t.ownerId, t.followUpOn),
    index("asks_made_on_idx").on(t.madeOn),
    // "Awaiting a response the longest": only the asks still waiting, oldest first.
    index("asks_awaiting_idx").on(t.madeOn).where(sql`${t.status} in ('made', 'acknowledged')`),
  ],
);

export const askStatusChanges = sqliteTable(
  "ask_status_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    askId: integer("ask_id")
      .notNull()
      .references(() => asks.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note").notNull().default(""),
    noteConfidential: integer("note_confidential", { mode: "boolean" }).notNull().default(false),
    changedBy: integer("changed_by")
      .notNull()
      .references(() => users.id),
    /** When the move was recorded; `occurredOn` is when it happened. */
    changedAt: text("changed_at").notNull().default(now),
    /** YYYY-MM-DD: the day the move happened (a reply dated 18 Nov, logged a week later). */
    occurredOn: text("occurred_on").notNull(),
  },
  (t) => [index("ask_status_changes_ask_idx").on(t.askId, t.changedAt), index("ask_status_changes_occurred_idx").on(t.askId, t.occurredOn)],
);

export const outcomes = sqliteTable(
  "outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    askId: integer("ask_id").references(() => asks.id),
    type: text("type").notNull(),
    occurredOn: text("occurred_on").notNull(),
    description: text("description").notNull(),
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("outcomes_case_idx").on(t.caseId), index("outcomes_ask_idx").on(t.askId)],
);

export type Person = typeof people.$inferSelect;
export type Ask = typeof asks.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
