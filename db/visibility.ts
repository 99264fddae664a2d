import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "./client";
import { canSeeConfidential, type Actor } from "../domain/permissions";

/**
 * The one visibility policy: what a reader may see of each kind of record, and how a
 * hidden related record appears. Every read path (pages, pickers, search, timeline,
 * dashboard lists, charts and counts, exports, briefs, history and audit) takes its
 * condition from here; no query filters confidential records on its own.
 *
 * The rule: a confidential record is hidden from readers who may not see confidential
 * items, and so is every record that depends on a hidden one. An ask to a confidential
 * official or contact is hidden (not shown with a placeholder name, since the ask's own
 * words and office name whoever it was put to), an outcome that answers a hidden ask is
 * hidden, and an ask's moves go with the ask. A status change is part of the case's
 * record and stays; a confidential note on it (or on an ask's move) reads as empty.
 *
 * The rules are SQL over a table name or alias, with the reader's flags as named
 * parameters (`@seeConfidential`), so one text serves prepared drizzle queries
 * (placeholders), one-off drizzle queries (bound values) and the raw statements of the
 * search engine alike, and the database does the filtering with its indexes.
 */

/** Who a read is for, as far as visibility goes. */
export interface Reader {
  userId: number;
  /** Confidential records and notes are included. */
  seesConfidential: boolean;
}

/**
 * The reader an actor is. `withoutConfidential` narrows a reader who could see
 * confidential items to what everyone may see: the brief "without confidential items"
 * that a campaigner hands to people outside the organisation.
 */
export function readerFor(actor: Actor, { withoutConfidential = false }: { withoutConfidential?: boolean } = {}): Reader {
  return { userId: actor.id, seesConfidential: canSeeConfidential(actor) && !withoutConfidential };
}

/** The reader everyone is, whatever their role: used to decide whether a record is confidential. */
const PUBLIC_READER: Reader = { userId: 0, seesConfidential: false };

/** The values of the named parameters the rules use, for a prepared statement. */
export function readerParams(reader: Reader): { seeConfidential: 0 | 1 } {
  return { seeConfidential: reader.seesConfidential ? 1 : 0 };
}

export type RecordKind = "case" | "source" | "person" | "note" | "ask" | "outcome" | "citation";

const seesAll = "@seeConfidential = 1";

/** Whether the ask in table `t` may be seen: not confidential, and put to a person who may be seen. */
function askRule(t: string): string {
  return `(${seesAll} OR (${t}.confidential = 0 AND (SELECT vis_p.confidential FROM people vis_p WHERE vis_p.id = ${t}.official_id) = 0))`;
}

function outcomeRule(t: string): string {
  return `(${seesAll} OR (${t}.confidential = 0 AND (${t}.ask_id IS NULL OR (SELECT ${askRule("vis_a")} FROM asks vis_a WHERE vis_a.id = ${t}.ask_id))))`;
}

/**
 * A citation shows only when both ends may be seen: its source, and the record it is a
 * claim of (a fact of the case or a status change always; an ask, an ask's move or an
 * outcome by that record's own rule).
 */
function citationRule(t: string): string {
  const subject =
    `(CASE ${t}.claim` +
    ` WHEN 'ask' THEN EXISTS (SELECT 1 FROM asks vis_ca WHERE vis_ca.id = ${t}.subject_id AND ${askRule("vis_ca")})` +
    ` WHEN 'ask_move' THEN EXISTS (SELECT 1 FROM ask_status_changes vis_cm JOIN asks vis_cma ON vis_cma.id = vis_cm.ask_id WHERE vis_cm.id = ${t}.subject_id AND ${askRule("vis_cma")})` +
    ` WHEN 'outcome' THEN EXISTS (SELECT 1 FROM outcomes vis_co WHERE vis_co.id = ${t}.subject_id AND ${outcomeRule("vis_co")})` +
    " ELSE 1 END)";
  return `(${seesAll} OR ((SELECT vis_cs.confidential FROM sources vis_cs WHERE vis_cs.id = ${t}.source_id) = 0 AND ${subject}))`;
}

const RULES: Record<RecordKind, (t: string) => string> = {
  // Cases carry no confidential fields; a case is visible to every reader.
  case: () => "1",
  source: (t) => `(${seesAll} OR ${t}.confidential = 0)`,
  person: (t) => `(${seesAll} OR ${t}.confidential = 0)`,
  note: (t) => `(${seesAll} OR ${t}.confidential = 0)`,
  ask: askRule,
  outcome: outcomeRule,
  citation: citationRule,
};

/** The condition that a record of `kind` in table (or alias) `t` is visible, as SQL text with `@` parameters. */
export function visibleSql(kind: RecordKind, t: string): string {
  return RULES[kind](t);
}

/** Whether the note of the status change or ask move in table `t` may be read (search matches only notes the reader may read). */
export function moveNoteVisibleSql(t: string): string {
  return `(${seesAll} OR ${t}.note_confidential = 0)`;
}

/** The text of a status change's or ask move's note in table `t` as the reader may see it: empty when confidential and hidden. */
function noteTextSql(t: string): string {
  return `(CASE WHEN ${seesAll} OR ${t}.note_confidential = 0 THEN ${t}.note ELSE '' END)`;
}

/** Which record kind an audit event's entity type names, for the events the History tab can show. */
const AUDITED_KINDS: Record<string, { kind: RecordKind; table: string }> = {
  source: { kind: "source", table: "sources" },
  person: { kind: "person", table: "people" },
  note: { kind: "note", table: "case_notes" },
  ask: { kind: "ask", table: "asks" },
  outcome: { kind: "outcome", table: "outcomes" },
};

/**
 * Whether the audit event in table `t` may be read: an event that carried confidential
 * values when it was written stays hidden, and so does one about a record the reader
 * may not see now (or that no longer exists). Events on the case itself and exports of
 * it are visible; anything else only to those who see everything.
 */
export function auditEventVisibleSql(t: string): string {
  const byEntity = Object.entries(AUDITED_KINDS)
    .map(
      ([type, { kind, table }]) =>
        `WHEN '${type}' THEN EXISTS (SELECT 1 FROM ${table} vis_e WHERE vis_e.id = ${t}.entity_id AND ${visibleSql(kind, "vis_e")})`,
    )
    .join(" ");
  return `(${seesAll} OR (${t}.confidential = 0 AND (CASE ${t}.entity_type WHEN 'case' THEN 1 WHEN 'case_brief' THEN 1 WHEN 'ask_list' THEN 1 ${byEntity} ELSE 0 END)))`;
}

const PARAMETER = /@(seeConfidential)\b/;

/**
 * A rule as drizzle SQL: with a reader, its flags are bound as values; without one, they
 * are placeholders for a prepared query, filled from readerParams() when it runs.
 */
export function asDrizzle(text: string, reader?: Reader): SQL {
  const params = reader ? readerParams(reader) : null;
  const chunks: SQL[] = [];
  text.split(PARAMETER).forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) chunks.push(sql.raw(part));
    } else {
      const name = part as keyof ReturnType<typeof readerParams>;
      chunks.push(params ? sql`${params[name]}` : sql`${sql.placeholder(name)}`);
    }
  });
  return sql.join(chunks);
}

/** `visibleSql` as drizzle SQL over a drizzle table (by its name) or alias. */
export function visible(kind: RecordKind, table: string, reader?: Reader): SQL {
  return asDrizzle(visibleSql(kind, `"${table}"`), reader);
}

/** `noteTextSql` as drizzle SQL, for a select's column. */
export function noteText(table: string, reader?: Reader): SQL<string> {
  return asDrizzle(noteTextSql(`"${table}"`), reader) as SQL<string>;
}

/**
 * Whether a record is confidential in the policy's sense: hidden from a reader who may
 * not see confidential items. Audit events written about it are marked so, and a
 * deletion for good redacts them.
 */
export function isConfidentialRecord(db: Db | Tx, kind: RecordKind, id: number): boolean {
  const table = {
    case: "cases",
    source: "sources",
    person: "people",
    note: "case_notes",
    ask: "asks",
    outcome: "outcomes",
    citation: "citations",
  }[kind];
  const row = db.get<{ visible: number }>(
    sql`SELECT ${asDrizzle(visibleSql(kind, "r"), PUBLIC_READER)} AS visible FROM ${sql.raw(table)} r WHERE r.id = ${id}`,
  );
  return row !== undefined && row.visible === 0;
}
