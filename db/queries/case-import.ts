import type { Db } from "../client";
import { teamReader, visible } from "../visibility";
import { recordAudit } from "../audit";
import { cases } from "../schema";
import { validateImport, type ColumnMapping, type ParsedCsv, type RowError } from "../../domain/schemas/case-csv";
import { insertCaseIn } from "./case-writes";

export type CaseImportResult =
  | { ok: true; created: { id: number; line: number }[]; skipped: { line: number; reason: string }[] }
  | { ok: false; errors: RowError[] };

/**
 * Imports the rows of a parsed CSV: validates them all against the cases already stored
 * (inside the transaction, so a concurrent import cannot slip a duplicate in), then writes
 * every new case with its status history and audit event, or nothing if any row is invalid.
 * Rows matching an existing case (same person and country, or same slug) are skipped.
 */
export function importCases(db: Db, actorId: number, parsed: ParsedCsv, mapping: ColumnMapping, fileName: string): CaseImportResult {
  return db.transaction((tx) => {
    // Matched only against cases the importer may know of: a skipped row would say one exists.
    const existing = tx
      .select({ slug: cases.slug, personName: cases.personName, country: cases.country })
      .from(cases)
      .where(visible("case", "cases", teamReader(actorId)))
      .all();
    const checked = validateImport(parsed, mapping, existing);
    if (!checked.ok) return { ok: false as const, errors: checked.errors };
    const timestamp = new Date().toISOString();
    const created: { id: number; line: number }[] = [];
    const skipped: { line: number; reason: string }[] = [];
    for (const c of checked.candidates) {
      if (c.skip) {
        skipped.push({ line: c.line, reason: c.skip });
        continue;
      }
      const row = insertCaseIn(tx, actorId, c.input, timestamp, { importedFrom: fileName, line: c.line });
      created.push({ id: row.id, line: c.line });
    }
    recordAudit(tx, {
      actorId,
      action: "import",
      entityType: "case_list",
      details: { fileName, rows: parsed.rows.length, created: created.length, skipped: skipped.length },
    });
    return { ok: true as const, created, skipped };
  });
}
