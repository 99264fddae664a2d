import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { users } from "./users";

export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    /** The name in Latin script: what lists, headers and file names lead with. */
    personName: text("person_name").notNull(),
    /** The name as written in the person's own script, when that is not Latin. */
    nativeName: text("native_name").notNull().default(""),
    /** JSON array of other spellings and names the person is known by. */
    aliases: text("aliases").notNull().default("[]"),
    title: text("title").notNull(),
    country: text("country").notNull(),
    /** ISO 3166-1 alpha-2 code of `country`; null when the text matched no country. */
    countryCode: text("country_code"),
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
    /** Known only to its team (case_team_members and the groups in case_team_groups). */
    restricted: integer("restricted", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // The few restricted cases, for the count an admin outside their teams is shown.
    index("cases_restricted_idx").on(t.id).where(sql`${t.restricted} = 1`),
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
    /** When the change was recorded; `occurredOn` is when it happened. */
    changedAt: text("changed_at").notNull().default(now),
    /** YYYY-MM-DD: the day the move happened, which history, timeline and brief order by. */
    occurredOn: text("occurred_on").notNull(),
  },
  (t) => [
    index("case_status_changes_case_idx").on(t.caseId, t.changedAt),
    index("case_status_changes_occurred_idx").on(t.caseId, t.occurredOn),
  ],
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
