import { auditEvents } from "./schema";
import type { Db, Tx } from "./client";

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: number | null;
  caseId?: number | null;
  details?: Record<string, unknown>;
  /**
   * The event carries values of a record that is confidential (db/visibility.ts
   * isConfidentialRecord), before or after the change, or of a confidential note: readers
   * who may not see confidential items never see the event.
   */
  confidential?: boolean;
}

/** Writes one audit event; call it inside the transaction that makes the change. */
export function recordAudit(tx: Tx | Db, entry: AuditEntry): void {
  tx.insert(auditEvents)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      caseId: entry.caseId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      confidential: entry.confidential ?? false,
    })
    .run();
}

/** The fields whose values differ, as { field: [before, after] }. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const a = before[key];
    const b = after[key];
    if (b !== undefined && JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}
