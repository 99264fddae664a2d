import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { people, users } from "../schema";
import { matchesWords } from "./full-text";
import { visible, type Reader } from "../visibility";

/** How many officials the log-an-ask form offers before anything is searched for. */
const OFFICIAL_CHOICES = 20;

/**
 * Officials to choose from when logging an ask on a case, by name: those already asked on
 * the case and the most recently added ones; with `q`, those whose name, office or
 * institution match its words instead. A directory of thousands of officials is never
 * sent whole to the form.
 */
export function listOfficialChoices(db: Db, reader: Reader, { caseId, q }: { caseId?: number; q?: string } = {}) {
  const officials = and(eq(people.kind, "official"), visible("person", "people", reader));
  const columns = { id: people.id, name: people.name, office: people.office, confidential: people.confidential };
  const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;
  if (q !== undefined) {
    const found = matchesWords(people.id, "search_people", q, 200);
    if (!found) return [];
    return db.select(columns).from(people).where(and(officials, found)).orderBy(desc(people.id)).limit(OFFICIAL_CHOICES).all().sort(byName);
  }
  const recent = db.select(columns).from(people).where(officials).orderBy(desc(people.id)).limit(OFFICIAL_CHOICES).all();
  const askedHere =
    caseId === undefined
      ? []
      : db
          .select(columns)
          .from(people)
          .where(and(officials, sql`${people.id} in (select official_id from asks where case_id = ${caseId})`))
          .all();
  const seen = new Set<number>();
  return [...askedHere, ...recent].filter((o) => !seen.has(o.id) && seen.add(o.id)).sort(byName);
}

/** Users who may own an ask: active accounts that can act on it (not viewers). */
export function listAskOwners(db: Db) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ["admin", "campaigner"])))
    .orderBy(asc(users.name))
    .all();
}
