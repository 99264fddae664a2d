import { sql } from "drizzle-orm";
import {
  sqliteTable,
  text,
  integer,
  index,
  uniqueIndex,
  primaryKey,
} from "drizzle-orm/sqlite-core";

// Timestamps are ISO-8601 UTC strings and calendar dates are YYYY-MM-DD strings:
// both sort correctly as text, which the timeline and history views rely on.
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

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
  (t) => [
    index("sign_in_failures_email_idx").on(t.email, t.at),
    index("sign_in_failures_client_idx").on(t.clientAddress, t.at),
  ],
);

/** Workspace-wide key/value settings, e.g. whether this is the demo workspace. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

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
    createdBy: integer("created_by").notNull().references(() => users.id),
    updatedBy: integer("updated_by").notNull().references(() => users.id),
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

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    outlet: text("outlet").notNull().default(""),
    url: text("url"),
    /** Canonical form of `url` used to spot the same report added twice. */
    normalizedUrl: text("normalized_url"),
    publishedOn: text("published_on"),
    type: text("type").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    notes: text("notes").notNull().default(""),
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("sources_normalized_url_idx").on(t.normalizedUrl)],
);

export const caseSources = sqliteTable(
  "case_sources",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    linkedBy: integer("linked_by")
      .notNull()
      .references(() => users.id),
    linkedAt: text("linked_at").notNull().default(now),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.sourceId] }),
    index("case_sources_source_idx").on(t.sourceId),
  ],
);

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
    index("asks_awaiting_idx")
      .on(t.madeOn)
      .where(sql`${t.status} in ('made', 'acknowledged')`),
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
    changedAt: text("changed_at").notNull().default(now),
  },
  (t) => [index("ask_status_changes_ask_idx").on(t.askId, t.changedAt)],
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

export const outcomeSources = sqliteTable(
  "outcome_sources",
  {
    outcomeId: integer("outcome_id")
      .notNull()
      .references(() => outcomes.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.outcomeId, t.sourceId] })],
);

/** Append-only record of who changed what; written in the same transaction as the change. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    /** The case a change belongs to, so a case's history can be read in one query. */
    caseId: integer("case_id"),
    /** JSON: { field: [before, after] } or other details of the event. */
    details: text("details").notNull().default("{}"),
    /** The event carries values of a confidential record (or a confidential note): only those who may see confidential items read it. */
    confidential: integer("confidential", { mode: "boolean" }).notNull().default(false),
    /**
     * Set once when a deletion for good removes the values of a confidential record from the
     * event's details (the field names stay); the only change the append-only rule allows.
     */
    redactedAt: text("redacted_at"),
  },
  (t) => [
    index("audit_events_case_idx").on(t.caseId, t.at),
    index("audit_events_actor_idx").on(t.actorId, t.at),
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entityType, t.at),
  ],
);

export type User = typeof users.$inferSelect;
export type Case = typeof cases.$inferSelect;
export type CaseStatusChange = typeof caseStatusChanges.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Ask = typeof asks.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;

/**
 * Sessions ended by signing out. Sessions are signed cookies, so a copy of one (or a
 * late response that re-set it) would otherwise stay valid until it expires.
 */
export const endedSessions = sqliteTable("ended_sessions", {
  sessionId: text("session_id").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  endedAt: text("ended_at").notNull().default(now),
});
