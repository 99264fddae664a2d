import { sqliteTable, text, integer, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CLAIM_KINDS } from "../../domain/citation-claims";
import { now } from "./now";
import { cases } from "./cases";
import { sources } from "./sources";
import { users } from "./users";

/**
 * A source cited for one claim: a fact of a case (subject = the case), or a status change,
 * ask, ask move or outcome (subject = that record). The brief cites beside each claim
 * exactly these sources. `caseId` is kept on every row so a case's citations are one
 * indexed read and leave with the case.
 */
export const citations = sqliteTable(
  "citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    claim: text("claim", { enum: CLAIM_KINDS }).notNull(),
    subjectId: integer("subject_id").notNull(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    linkedBy: integer("linked_by")
      .notNull()
      .references(() => users.id),
    linkedAt: text("linked_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("citations_claim_source_idx").on(t.claim, t.subjectId, t.sourceId),
    index("citations_case_idx").on(t.caseId),
    index("citations_source_idx").on(t.sourceId),
  ],
);

export type Citation = typeof citations.$inferSelect;
