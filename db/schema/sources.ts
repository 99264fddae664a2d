import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { cases } from "./cases";
import { users } from "./users";

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
  (t) => [primaryKey({ columns: [t.caseId, t.sourceId] }), index("case_sources_source_idx").on(t.sourceId)],
);

export type Source = typeof sources.$inferSelect;
