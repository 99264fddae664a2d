import type { Tx } from "../client";
import { recordAudit } from "../audit";
import { DomainRuleError } from "../../domain/errors";
import type { MoveNote } from "../../domain/move-note";
import { touchCase } from "./case-writable";

/** The row a status move adds to its record's history table (with the record's id). */
interface StatusHistoryValues<S extends string> {
  fromStatus: S;
  toStatus: S;
  note: string;
  noteConfidential: boolean;
  changedBy: number;
  changedAt: string;
  occurredOn: string;
}

export interface StatusMove<S extends string, Row> {
  actorId: number;
  entityType: "case" | "ask";
  entityId: number;
  caseId: number;
  /** The stored status, as read in this transaction. */
  from: string;
  to: S;
  note: MoveNote;
  at?: string;
  /** YYYY-MM-DD the move happened; the day it is recorded when not given. */
  occurredOn?: string;
  isStatus: (status: string) => status is S;
  checkMove: (from: S, to: S) => { ok: true } | { ok: false; reason: string };
  /** Adds the history row to the record's history table. */
  writeHistory: (values: StatusHistoryValues<S>) => void;
  /** Sets the record's status (and whatever moves with it) and returns the row as saved. */
  writeStatus: (from: S, timestamp: string) => Row;
  /** Whether the record itself is confidential, read after the move. */
  recordConfidential?: () => boolean;
  /** A case's own move touches it already; a record of the case touches the case. */
  touchesCase: boolean;
}

/**
 * Moves a case or an ask to a new status if the domain allows it, in the caller's
 * transaction: the history row says who, when, from, to and why; the audit event is as
 * confidential as the note (or the record).
 */
export function recordStatusMove<S extends string, Row>(tx: Tx, move: StatusMove<S, Row>): Row {
  const { from, to, note } = move;
  if (!move.isStatus(from)) throw new DomainRuleError(`The ${move.entityType} has an unknown status.`);
  const check = move.checkMove(from, to);
  if (!check.ok) throw new DomainRuleError(check.reason);
  const timestamp = move.at ?? new Date().toISOString();
  move.writeHistory({
    fromStatus: from,
    toStatus: to,
    note: note.text,
    noteConfidential: note.confidential,
    changedBy: move.actorId,
    changedAt: timestamp,
    occurredOn: move.occurredOn ?? timestamp.slice(0, 10),
  });
  const row = move.writeStatus(from, timestamp);
  recordAudit(tx, {
    actorId: move.actorId,
    action: "status_change",
    entityType: move.entityType,
    entityId: move.entityId,
    caseId: move.caseId,
    details: { status: [from, to], note: note.text },
    confidential: note.confidential || (move.recordConfidential?.() ?? false),
  });
  if (move.touchesCase) touchCase(tx, move.caseId, move.actorId, timestamp);
  return row;
}
