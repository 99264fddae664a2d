import { and, asc, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { cases } from "../schema";

/**
 * Cases whose country named no country of the list when countries became a choice: their
 * text is kept as it was typed, for an admin to choose the country it means. Every reader
 * of this list is an admin, who sees every case.
 */
export function listCasesWithUnmatchedCountry(db: Db, limit = 500) {
  return db
    .select({
      id: cases.id,
      personName: cases.personName,
      nativeName: cases.nativeName,
      country: cases.country,
      archivedAt: cases.archivedAt,
    })
    .from(cases)
    .where(and(isNull(cases.countryCode), sql`trim(${cases.country}) <> ''`))
    .orderBy(asc(sql`lower(${cases.country})`), asc(cases.id))
    .limit(limit)
    .all();
}
