import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, users } from "../schema";
import { asDrizzle, auditEventVisibleSql, type Reader } from "../visibility";

export interface AuditEventRow {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  caseId: number | null;
  details: Record<string, unknown>;
  /** When a deletion for good removed the values of a confidential record from the details. */
  redactedAt: string | null;
}

function parseDetails(raw: string): Record<string, unknown> {
  try {
    const v = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const eventColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorId: auditEvents.actorId,
  actorName: users.name,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  caseId: auditEvents.caseId,
  details: auditEvents.details,
  redactedAt: auditEvents.redactedAt,
};

function readable(reader: Reader) {
  return asDrizzle(auditEventVisibleSql('"audit_events"'), reader);
}

/**
 * A case's newest `limit` audit events that the reader may see, newest first, and how many
 * of those there are in all. (Every brief export is an event, so a case's history grows
 * without bound.)
 */
export function listCaseAuditEvents(db: Db, reader: Reader, caseId: number, limit = 50): { events: AuditEventRow[]; total: number } {
  const where = and(eq(auditEvents.caseId, caseId), readable(reader));
  const events = db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, details: parseDetails(r.details) }));
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0;
  return { events, total };
}

export interface AuditFilters {
  actorId?: number;
  entityType?: string;
  /** Inclusive calendar dates, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** All audit events matching the filters that the reader may see, newest first, one page at a time. */
export function listAuditEvents(db: Db, reader: Reader, filters: AuditFilters = {}) {
  const pageSize = filters.pageSize ?? 50;
  const page = Math.max(1, filters.page ?? 1);
  const conditions: (SQL | undefined)[] = [
    filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
    filters.entityType ? eq(auditEvents.entityType, filters.entityType) : undefined,
    filters.from ? gte(auditEvents.at, filters.from) : undefined,
    filters.to ? lt(auditEvents.at, nextDay(filters.to)) : undefined,
    readable(reader),
  ];
  const where = and(...conditions);
  const rows = db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((r) => ({ ...r, details: parseDetails(r.details) }));
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0;
  return { rows, total, page, pageSize };
}

/** The kinds of record that appear in the audit trail, for the filter. */
export function listAuditEntityTypes(db: Db): string[] {
  return db
    .selectDistinct({ t: auditEvents.entityType })
    .from(auditEvents)
    .orderBy(auditEvents.entityType)
    .all()
    .map((r) => r.t);
}
