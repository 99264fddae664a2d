import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { asks, cases, people, users } from "../schema";
import { visible, type Reader } from "../visibility";

/** The ids of every ask the reader may see of active cases (or of one case), by case then newest first: what an export walks through. */
export function listAskIdsForExport(db: Db, reader: Reader, opts: { caseId?: number } = {}): number[] {
  return db
    .select({ id: asks.id })
    .from(asks)
    .innerJoin(cases, eq(cases.id, asks.caseId))
    .where(and(opts.caseId ? eq(asks.caseId, opts.caseId) : isNull(cases.archivedAt), visible("ask", "asks", reader)))
    .orderBy(asc(cases.personName), desc(asks.createdAt), desc(asks.id))
    .all()
    .map((r) => r.id);
}

/** The asks with these ids (as listAskIdsForExport chose them for the reader), with all the fields a CSV carries, in the order of `ids`. */
export function listAsksForExportByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const owner = alias(users, "owner");
  const rows = db
    .select({
      id: asks.id,
      caseId: asks.caseId,
      casePersonName: cases.personName,
      caseSlug: cases.slug,
      officialName: people.name,
      officeAtTime: asks.officeAtTime,
      text: asks.text,
      channel: asks.channel,
      madeOn: asks.madeOn,
      followUpOn: asks.followUpOn,
      ownerName: owner.name,
      status: asks.status,
      createdAt: asks.createdAt,
    })
    .from(asks)
    .innerJoin(cases, eq(cases.id, asks.caseId))
    .innerJoin(people, eq(people.id, asks.officialId))
    .leftJoin(owner, eq(owner.id, asks.ownerId))
    .where(inArray(asks.id, [...ids]))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Records who exported which list, with which filters and how many rows. */
export function recordExport(
  db: Db,
  actorId: number,
  entityType: "case_list" | "ask_list",
  details: Record<string, unknown>,
  caseId?: number,
) {
  recordAudit(db, { actorId, action: "export", entityType, caseId: caseId ?? null, details });
}
