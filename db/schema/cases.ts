import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { users } from "./users";

export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    personName: text("person_name").notNull(),
    title: text("title").notNull(),
    country: text("country").notNull(),
    summary: text("summary").notNull().default(""),
    /** JSON array of strings. */
    tags: text("tags").notNull().default("[]"),
    priority: text("priority", { enum: ["low", "medium", "high", "urgent"] })
      .notNull()
      .default("medium"),
    status: text("status").notNull(),
    arrestDate: text("arrest_date"),
    arrestPlace: text("arrest_place").notNull().default(""),
    placeHeld: text("place_held").notNull().default(""),
    charges: text("charges").notNull().default(""),
    sentence: text("sentence").notNull().default(""),
    sentenceDate: text("sentence_date"),
    ownerId: integer("owner_id").references(() => users.id),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    updatedBy: integer("updated_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    archivedAt: text("archived_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("cases_status_idx").on(t.status, t.archivedAt),
    index("cases_updated_idx").on(t.updatedAt),
    // The case list matches countries whatever their case, with or without a status, and
    // this also gives a country and status's cases in name order (the list's name sort).
    index("cases_country_status_name_idx").on(sql`lower(${t.country})`, t.status, sql`${t.personName} collate nocase`),
  ],
);

export const caseStatusChanges = sqliteTable(
  "case_status_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note").notNull().default(""),
    /** The move itself is part of the case's record; only its note can be confidential. */
    noteConfidential: integer("note_confidential", { mode: "boolean" }).notNull().default(false),
    changedBy: integer("changed_by")
      .notNull()
      .references(() => users.id),
    changedAt: text("changed_at").notNull().default(now),
  },
  (t) => [index("case_status_changes_case_idx").on(t.caseId, t.changedAt)],
);

export const caseNotes = sqliteTable(
  "case_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    body: text("body").notNull(),
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("case_notes_case_idx").on(t.caseId)],
);

export type Case = typeof cases.$inferSelect;
export type CaseStatusChange = typeof caseStatusChanges.$inferSelect;
