import { and, eq, sql, type InferSelectModel } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Tx } from "../client";
import { diffFields, recordAudit } from "../audit";
import { NotFoundError, StaleVersionError } from "../../domain/errors";
import { touchCase } from "./case-writable";

/** A table whose rows are edited from a version: an `id`, a `version` and an `updated_at`. */
type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };

/** A stored row of a versioned table. */
export type VersionedRow<T extends VersionedTable> = InferSelectModel<T> & { id: number; version: number };

/** What an edit writes, and how it is recorded, once the stored row is known. */
interface VersionedChange<Row> {
  /** The edited fields: compared with the stored row for the audit event. */
  values: Partial<Row>;
  /** Fields written with the edit that are not part of it (e.g. who saved it). */
  stamp?: Partial<Row>;
  /** The cases whose history shows the edit (null: none) and whether the event is confidential. */
  audit: (row: Row) => { caseIds: (number | null)[]; confidential?: boolean };
  /** The case whose record this is: it is touched (see touchCase) with the edit. */
  touchCaseId?: number;
}

export interface VersionedEdit<Row, Current extends { version: number }> {
  actorId: number;
  id: number;
  /** The version the editor loaded. */
  version: number;
  entityType: string;
  notFound: string;
  /** Refusals that come before a stale version is reported (e.g. an archived case is read-only). */
  guard?: (before: Row) => void;
  /** The stored record as the editor is shown it when their version is stale. */
  current: (before: Row) => Current;
  /** Checks that need the stored row, then the change; runs only on an edit made from the current version. */
  change: (before: Row) => VersionedChange<Row>;
}

/**
 * Saves an edit made from `edit.version`, in the caller's transaction: loads the row,
 * refuses with StaleVersionError if someone saved since (checked again by the UPDATE's
 * `version = ?`, so a write between the read and the update is refused too), bumps the
 * version, and records the changed fields in an audit event for each case concerned.
 */
export function updateVersioned<T extends VersionedTable, Current extends { version: number }>(
  tx: Tx,
  table: T,
  edit: VersionedEdit<VersionedRow<T>, Current>,
): VersionedRow<T> {
  // Drizzle cannot infer a generic table's row type: these casts name it.
  const before = tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, edit.id))
    .get() as VersionedRow<T> | undefined;
  if (!before) throw new NotFoundError(edit.notFound);
  edit.guard?.(before);
  if (before.version !== edit.version) throw new StaleVersionError(edit.current(before));
  const { values, stamp, audit, touchCaseId } = edit.change(before);
  const changes = diffFields<Record<string, unknown>>(before, values);
  const timestamp = new Date().toISOString();
  const updated: unknown = tx
    .update(table)
    .set({ ...values, ...stamp, updatedAt: timestamp, version: sql`${table.version} + 1` } as SQLiteUpdateSetSource<T>)
    .where(and(eq(table.id, edit.id), eq(table.version, edit.version)))
    .returning()
    .get();
  const row = updated as VersionedRow<T> | undefined;
  if (!row) throw new StaleVersionError(edit.current(before));
  const { caseIds, confidential } = audit(row);
  for (const caseId of caseIds) {
    recordAudit(tx, {
      actorId: edit.actorId,
      action: "update",
      entityType: edit.entityType,
      entityId: edit.id,
      caseId,
      details: changes,
      confidential,
    });
  }
  if (touchCaseId !== undefined) touchCase(tx, touchCaseId, edit.actorId, timestamp);
  return row;
}
