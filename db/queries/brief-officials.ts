import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { recordAudit } from "../audit";
import { asks, people } from "../schema";
import { isConfidentialRecord, visible, type Reader } from "../visibility";

// Who a meeting brief can be for, and the audit record of each export.

/**
 * People to offer in the export form: first everyone with asks on this case that the reader
 * may see (usually officials, sometimes an organisation), then all other officials they may see.
 */
export function listBriefOfficials(db: Db, reader: Reader, caseId: number) {
  const askedIds = db
    .selectDistinct({ officialId: asks.officialId })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), visible("ask", "asks", reader)))
    .all()
    .map((r) => r.officialId);
  const asked = new Set(askedIds);
  const columns = { id: people.id, name: people.name, office: people.office };
  const withAsks = askedIds.length
    ? db
        .select(columns)
        .from(people)
        .where(and(inArray(people.id, askedIds), visible("person", "people", reader)))
        .orderBy(asc(people.name), asc(people.id))
        .all()
    : [];
  const others = db
    .select(columns)
    .from(people)
    .where(and(eq(people.kind, "official"), visible("person", "people", reader)))
    .orderBy(asc(people.name), asc(people.id))
    .all()
    .filter((p) => !asked.has(p.id));
  return { withAsks, others };
}

/** Whether the person can be the subject of a meeting brief on this case, for this reader. */
export function isBriefOfficial(db: Db, reader: Reader, caseId: number, personId: number): boolean {
  const person = db
    .select({ kind: people.kind })
    .from(people)
    .where(and(eq(people.id, personId), visible("person", "people", reader)))
    .get();
  if (!person) return false;
  if (person.kind === "official") return true;
  return !!db
    .select({ id: asks.id })
    .from(asks)
    .where(and(eq(asks.caseId, caseId), eq(asks.officialId, personId), visible("ask", "asks", reader)))
    .get();
}

export function recordBriefExport(
  db: Db,
  actorId: number,
  caseId: number,
  details: { format: string; confidential: boolean; officialId: number | null; official: string | null; fileName: string },
): void {
  const confidential = details.confidential || (details.officialId !== null && isConfidentialRecord(db, "person", details.officialId));
  recordAudit(db, { actorId, action: "export", entityType: "case_brief", entityId: caseId, caseId, details, confidential });
}
