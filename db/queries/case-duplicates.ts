import type { Db } from "../client";
import { visible, type Reader } from "../visibility";
import { cases } from "../schema";
import { caseNameKeys, parseAliases } from "../../domain/person-name";

export interface PossibleDuplicate {
  id: number;
  personName: string;
  nativeName: string;
  archived: boolean;
}

/**
 * Cases (archived ones too) already known by one of these names, in Latin script, their own
 * script or an alias, compared as the CSV import compares names: without case or accents.
 * Only cases the reader may know of: the warning names and links the case it found.
 */
export function findCasesNamed(
  db: Db,
  reader: Reader,
  names: { personName: string; nativeName: string; aliases: readonly string[] },
  exceptId?: number,
): PossibleDuplicate[] {
  const wanted = new Set(caseNameKeys(names));
  if (wanted.size === 0) return [];
  const rows = db
    .select({
      id: cases.id,
      personName: cases.personName,
      nativeName: cases.nativeName,
      aliases: cases.aliases,
      archivedAt: cases.archivedAt,
    })
    .from(cases)
    .where(visible("case", "cases", reader))
    .all();
  return rows
    .filter((r) => r.id !== exceptId && caseNameKeys({ ...r, aliases: parseAliases(r.aliases) }).some((k) => wanted.has(k)))
    .map((r) => ({ id: r.id, personName: r.personName, nativeName: r.nativeName, archived: r.archivedAt !== null }));
}
