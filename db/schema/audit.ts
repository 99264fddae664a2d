import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { now } from "./now";
import { users } from "./users";

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
