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
 * Need-to-know comes first: a restricted case is known only to its team (its members and
 * the members of its groups), and everything of it goes with it: its status changes,
 * notes, contacts, asks and their moves, outcomes, citations, source links and history. A
 * source is hidden when every case it is linked to is hidden from the reader; one that is
 * linked to a case the reader can see stays visible through that case, and its links to
 * hidden cases stay hidden. Admins are no exception.
 *
 * The rules are SQL over a table name or alias, with the reader's id and flags as named
 * parameters (`@readerId`, `@seeConfidential`), so one text serves prepared drizzle queries
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

/**
 * The reader a write checks the case against: whether the actor may know the case at all.
 * Confidentiality is not the question there (only writers write, and they see it).
 */
export function teamReader(actorId: number): Reader {
  return { userId: actorId, seesConfidential: true };
}

/**
 * The reader everyone on a case's team is, whatever their role: used to decide whether a
 * record is confidential, which is a question about the record, not about who knows its case.
 */
const ON_EVERY_TEAM: Reader = { userId: 0, seesConfidential: false };

/** The values of the named parameters the rules use, for a prepared statement. */
export function readerParams(reader: Reader): { seeConfidential: 0 | 1; readerId: number; everyTeam: 0 | 1 } {
  return { seeConfidential: reader.seesConfidential ? 1 : 0, readerId: reader.userId, everyTeam: reader === ON_EVERY_TEAM ? 1 : 0 };
}

export type RecordKind = "case" | "case_link" | "status_change" | "source" | "person" | "note" | "ask" | "outcome" | "citation";

const seesAll = "@seeConfidential = 1";

/** Whether the reader is on the team of the case in table `t` (one primary-key lookup each way in). */
function onTeamSql(t: string): string {
  return (
    `(EXISTS (SELECT 1 FROM case_team_members vis_tm WHERE vis_tm.case_id = ${t}.id AND vis_tm.user_id = @readerId)` +
    ` OR EXISTS (SELECT 1 FROM case_team_groups vis_tg JOIN user_group_members vis_gm ON vis_gm.group_id = vis_tg.group_id AND vis_gm.user_id = @readerId WHERE vis_tg.case_id = ${t}.id))`
  );
}

function caseRule(t: string): string {
  return `(${t}.restricted = 0 OR @everyTeam = 1 OR ${onTeamSql(t)})`;
}

/** Whether the case with id `caseId` (an SQL expression) may be seen. */
function caseOf(caseId: string): string {
  return `EXISTS (SELECT 1 FROM cases vis_c WHERE vis_c.id = ${caseId} AND ${caseRule("vis_c")})`;
}

/** An ask's own rule, its case aside: not confidential, and put to a person who may be seen. */
function askOwnRule(t: string): string {
  return `(${seesAll} OR (${t}.confidential = 0 AND (SELECT vis_p.confidential FROM people vis_p WHERE vis_p.id = ${t}.official_id) = 0))`;
}

/** Whether the ask in table `t` may be seen: its case may be, and so may the ask itself. */
function askRule(t: string): string {
  return `(${caseOf(`${t}.case_id`)} AND ${askOwnRule(t)})`;
}

/** An outcome's own rule, its case aside: not confidential, and not the answer to a hidden ask (always of the same case). */
function outcomeOwnRule(t: string): string {
  return `(${seesAll} OR (${t}.confidential = 0 AND (${t}.ask_id IS NULL OR (SELECT ${askOwnRule("vis_a")} FROM asks vis_a WHERE vis_a.id = ${t}.ask_id))))`;
}

function outcomeRule(t: string): string {
  return `(${caseOf(`${t}.case_id`)} AND ${outcomeOwnRule(t)})`;
}

/**
 * A source is hidden when it is confidential, or when it is linked to cases and the reader
 * can see none of them. A source linked to no case (just added, or unlinked everywhere) is
 * visible by its own flag.
 */
function sourceTeamRule(t: string): string {
  const hiddenLink = `EXISTS (SELECT 1 FROM case_sources vis_sl JOIN cases vis_slc ON vis_slc.id = vis_sl.case_id WHERE vis_sl.source_id = ${t}.id AND NOT ${caseRule("vis_slc")})`;
  const visibleLink = `EXISTS (SELECT 1 FROM case_sources vis_sv JOIN cases vis_svc ON vis_svc.id = vis_sv.case_id WHERE vis_sv.source_id = ${t}.id AND ${caseRule("vis_svc")})`;
  return `(NOT ${hiddenLink} OR ${visibleLink})`;
}

function sourceRule(t: string): string {
  return `((${seesAll} OR ${t}.confidential = 0) AND ${sourceTeamRule(t)})`;
}

/**
 * A citation shows only when both ends may be seen: its source, and the record it is a
 * claim of (a fact of the case or a status change always; an ask, an ask's move or an
 * outcome by that record's own rule).
 */
function citationRule(t: string): string {
  const subject =
    `(CASE ${t}.claim` +
    ` WHEN 'ask' THEN EXISTS (SELECT 1 FROM asks vis_ca WHERE vis_ca.id = ${t}.subject_id AND ${askOwnRule("vis_ca")})` +
    ` WHEN 'ask_move' THEN EXISTS (SELECT 1 FROM ask_status_changes vis_cm JOIN asks vis_cma ON vis_cma.id = vis_cm.ask_id WHERE vis_cm.id = ${t}.subject_id AND ${askOwnRule("vis_cma")})` +
    ` WHEN 'outcome' THEN EXISTS (SELECT 1 FROM outcomes vis_co WHERE vis_co.id = ${t}.subject_id AND ${outcomeOwnRule("vis_co")})` +
    " ELSE 1 END)";
  // The cited source is shown beside a claim of a case the reader can see, so only its own flag counts.
  const ownRule = `(${seesAll} OR ((SELECT vis_cs.confidential FROM sources vis_cs WHERE vis_cs.id = ${t}.source_id) = 0 AND ${subject}))`;
  return `(${caseOf(`${t}.case_id`)} AND ${ownRule})`;
}

const RULES: Record<RecordKind, (t: string) => string> = {
  case: caseRule,
  // A source's link to a case, and a status change: part of the case's record.
  case_link: (t) => caseOf(`${t}.case_id`),
  status_change: (t) => caseOf(`${t}.case_id`),
  source: sourceRule,
  // A contact goes with the case it relates to; officials and organisations belong to no case.
  person: (t) => `((${seesAll} OR ${t}.confidential = 0) AND (${t}.case_id IS NULL OR ${caseOf(`${t}.case_id`)}))`,
  note: (t) => `(${caseOf(`${t}.case_id`)} AND (${seesAll} OR ${t}.confidential = 0))`,
  ask: askRule,
  outcome: outcomeRule,
  citation: citationRule,
};

/** The condition that a record of `kind` in table (or alias) `t` is visible, as SQL text with `@` parameters. */
export function visibleSql(kind: RecordKind, t: string): string {
  return RULES[kind](t);
}

/**
 * Whether the notification in table `t` may be shown: its case may be seen, and so may the
 * ask or outcome it is about. Checked when it is read, not when it was written, so a reader
 * who leaves a restricted case's team, or an ask made confidential since, takes it away.
 */
export function notificationVisibleSql(t: string): string {
  const subject =
    `(CASE ${t}.kind` +
    ` WHEN 'ask' THEN EXISTS (SELECT 1 FROM asks vis_na WHERE vis_na.id = ${t}.subject_id AND ${askOwnRule("vis_na")})` +
    ` WHEN 'outcome' THEN EXISTS (SELECT 1 FROM outcomes vis_no WHERE vis_no.id = ${t}.subject_id AND ${outcomeOwnRule("vis_no")})` +
    " ELSE 1 END)";
  return `(${caseOf(`${t}.case_id`)} AND ${subject})`;
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
  const confidentialGate = `(${seesAll} OR (${t}.confidential = 0 AND (CASE ${t}.entity_type WHEN 'case' THEN 1 WHEN 'case_brief' THEN 1 WHEN 'ask_list' THEN 1 ${byEntity} ELSE 0 END)))`;
  // An event of a case hidden from the reader is hidden with it; so is an event about a
  // source that only hidden cases hold, which may carry no case.
  const teamGate =
    // A deleted case's events stay readable (a restricted one's were redacted when it went).
    `(CASE WHEN ${t}.case_id IS NOT NULL THEN (${caseOf(`${t}.case_id`)} OR NOT EXISTS (SELECT 1 FROM cases vis_gone WHERE vis_gone.id = ${t}.case_id))` +
    ` WHEN ${t}.entity_type = 'source' THEN NOT EXISTS (SELECT 1 FROM sources vis_es WHERE vis_es.id = ${t}.entity_id AND NOT ${sourceTeamRule("vis_es")})` +
    " ELSE 1 END)";
  return `(${teamGate} AND ${confidentialGate})`;
}

const PARAMETER = /@(seeConfidential|readerId|everyTeam)\b/;

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
export function isConfidentialRecord(db: Db | Tx, kind: Exclude<RecordKind, "case_link" | "status_change">, id: number): boolean {
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
    sql`SELECT ${asDrizzle(visibleSql(kind, "r"), ON_EVERY_TEAM)} AS visible FROM ${sql.raw(table)} r WHERE r.id = ${id}`,
  );
  return row !== undefined && row.visible === 0;
}
