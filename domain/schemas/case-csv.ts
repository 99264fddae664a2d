import { stringify } from "csv-stringify/sync";
import { parse } from "csv-parse/sync";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "../case-status";
import { neutraliseCell, restoreCell, type CsvCell } from "../csv-safety";
import { createCaseSchema, PRIORITIES, PRIORITY_LABELS, type CreateCaseInput } from "./case";
import { foldText } from "../fold-text";

// The case CSV: what the export writes and the import reads. The header names are the
// same both ways, so an exported file can be imported as it is.

/** Case fields an import can fill, with the header the export writes for each. */
export const CASE_CSV_FIELDS = {
  personName: "Name",
  nativeName: "Name in own script",
  aliases: "Other names",
  title: "Title",
  country: "Country",
  status: "Status",
  priority: "Priority",
  tags: "Tags",
  summary: "Summary",
  arrestDate: "Date of arrest",
  arrestPlace: "Place of arrest",
  placeHeld: "Where held now",
  charges: "Charges",
  sentence: "Sentence",
  sentenceDate: "Date of sentence",
  slug: "Slug",
} as const;
export type CaseCsvField = keyof typeof CASE_CSV_FIELDS;
export const CASE_CSV_FIELD_KEYS = Object.keys(CASE_CSV_FIELDS) as CaseCsvField[];

/** Export-only columns: informative, ignored by the import. */
const EXPORT_ONLY = { ownerName: "Owner", updatedAt: "Last change" } as const;

export const CASE_CSV_HEADERS = [...Object.values(CASE_CSV_FIELDS), ...Object.values(EXPORT_ONLY)];

export interface ExportableCase {
  slug: string;
  personName: string;
  nativeName: string;
  aliases: string[];
  title: string;
  country: string;
  status: string;
  priority: string;
  tags: string[];
  summary: string;
  arrestDate: string | null;
  arrestPlace: string;
  placeHeld: string;
  charges: string;
  sentence: string;
  sentenceDate: string | null;
  ownerName: string | null;
  updatedAt: string;
}

/** UTF-8 byte order mark: lets Excel recognise the encoding. */
export const BOM = "\uFEFF";

/** RFC 4180 CSV lines (CRLF line ends, quoted where needed), every cell neutralised. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((r) => r.map(neutraliseCell)),
    { record_delimiter: "windows", quoted_match: /^\s|\s$/ },
  );
}

/** A whole CSV file: a BOM, the header row, then the rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + csvLines([headers, ...rows]);
}

/** One case as a row of the export, in CASE_CSV_HEADERS order. */
export function caseCsvRecord(c: ExportableCase): CsvCell[] {
  return [
    c.personName,
    c.nativeName,
    c.aliases.join(", "),
    c.title,
    c.country,
    c.status,
    c.priority,
    c.tags.join(", "),
    c.summary,
    c.arrestDate,
    c.arrestPlace,
    c.placeHeld,
    c.charges,
    c.sentence,
    c.sentenceDate,
    c.slug,
    c.ownerName,
    c.updatedAt,
  ];
}

// ---- Import ----

const MAX_IMPORT_ROWS = 5_000;

export interface ParsedCsv {
  headers: string[];
  /** Data rows, each with its line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

export type CsvParseResult = { ok: true; value: ParsedCsv } | { ok: false; error: string };

/** Parses an uploaded CSV (BOM, CRLF or LF, quoted fields with line breaks). */
export function parseCsv(text: string): CsvParseResult {
  let records: { info: { lines: number }; record: string[] }[];
  try {
    // Line breaks are made uniform first so the parser's line count matches what an editor shows.
    records = parse(text.replace(/\r\n?/g, "\n"), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { info: { lines: number }; record: string[] }[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not a readable CSV: ${message}` };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, error: "The file is empty." };
  const headers = head.record.map((h) => h.trim());
  if (body.length === 0) return { ok: false, error: "The file has a header row but no cases." };
  if (body.length > MAX_IMPORT_ROWS) {
    return { ok: false, error: `The file has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.` };
  }
  // info.lines is the line on which a record ends; a record whose quoted fields hold line
  // breaks started that many lines earlier.
  const rows = body.map((r) => ({
    line: r.info.lines - r.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: r.record,
  }));
  return { ok: true, value: { headers, rows } };
}

/** A column → field mapping: for each column index, the case field it fills, or null to ignore it. */
export type ColumnMapping = (CaseCsvField | null)[];

/** Matches each header to a field by its export header or its field name (case and accents ignored). */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const byName = new Map<string, CaseCsvField>();
  for (const key of CASE_CSV_FIELD_KEYS) {
    byName.set(foldText(CASE_CSV_FIELDS[key]), key);
    byName.set(foldText(key), key);
  }
  byName.set("person name", "personName");
  byName.set("person", "personName");
  const used = new Set<CaseCsvField>();
  return headers.map((h) => {
    const field = byName.get(foldText(h)) ?? null;
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

interface ImportCandidate {
  line: number;
  input: CreateCaseInput;
  slug: string;
  /** Why the row will be skipped (it matches an existing case or an earlier row), or null. */
  skip: string | null;
}

export interface ExistingCaseKey {
  slug: string;
  personName: string;
  country: string;
}

/**
 * The match key that stops a second import from duplicating a case: the person's name
 * and the country, compared without case or accents. A row whose "Slug" column names an
 * existing case also matches it.
 */
function caseMatchKey(personName: string, country: string): string {
  return `${foldText(personName)}\u0000${foldText(country)}`;
}

function normaliseChoice<K extends string>(value: string, keys: readonly K[], labels: Record<K, string>): string {
  const folded = foldText(value);
  for (const k of keys) if (foldText(k) === folded || foldText(labels[k]) === folded) return k;
  return value;
}

/** A clearer reason than the form's for an unknown status or priority typed in a file. */
function choiceMessage(field: string, value: string | undefined): string | null {
  if (!value || !value.trim()) return null;
  if (field === "status")
    return `Status “${value}” is not known; use one of: ${CASE_STATUSES.map((k) => CASE_STATUS_LABELS[k]).join(", ")}.`;
  if (field === "priority") return `Priority “${value}” is not known; use one of: ${PRIORITIES.map((k) => PRIORITY_LABELS[k]).join(", ")}.`;
  return null;
}

export type ImportValidation =
  | { ok: true; candidates: ImportCandidate[] }
  | { ok: false; errors: RowError[]; candidates: ImportCandidate[] };

/**
 * Checks every row with the case form's own schema. Returns per-row errors (line, field,
 * reason); rows matching an existing case (or an earlier row of the file) are marked to skip.
 */
export function validateImport(parsed: ParsedCsv, mapping: ColumnMapping, existing: readonly ExistingCaseKey[]): ImportValidation {
  const errors: RowError[] = [];
  const candidates: ImportCandidate[] = [];
  const mapped = new Set(mapping.filter((m): m is CaseCsvField => m !== null));
  for (const required of ["personName", "title", "country", "status", "priority"] as const) {
    if (!mapped.has(required)) {
      errors.push({ line: 1, field: CASE_CSV_FIELDS[required], message: `No column is matched to “${CASE_CSV_FIELDS[required]}”.` });
    }
  }
  if (errors.length > 0) return { ok: false, errors, candidates };

  const existingKeys = new Set(existing.map((c) => caseMatchKey(c.personName, c.country)));
  const existingSlugs = new Set(existing.map((c) => c.slug));
  const seen = new Set<string>();

  for (const row of parsed.rows) {
    const values: Partial<Record<CaseCsvField, string>> = {};
    mapping.forEach((field, i) => {
      if (field) values[field] = restoreCell(row.cells[i] ?? "");
    });
    if (values.status !== undefined) values.status = normaliseChoice(values.status, CASE_STATUSES, CASE_STATUS_LABELS);
    if (values.priority !== undefined) values.priority = normaliseChoice(values.priority, PRIORITIES, PRIORITY_LABELS);
    const { slug = "", ...fields } = values;
    const result = createCaseSchema.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? "") as CaseCsvField;
        errors.push({
          line: row.line,
          field: CASE_CSV_FIELDS[key] ?? key,
          message: choiceMessage(key, fields[key as "status"]) ?? issue.message,
        });
      }
      continue;
    }
    const key = caseMatchKey(result.data.personName, result.data.country);
    const trimmedSlug = slug.trim();
    let skip: string | null = null;
    if (existingKeys.has(key) || (trimmedSlug && existingSlugs.has(trimmedSlug))) {
      skip = "A case for this person and country already exists.";
    } else if (seen.has(key)) {
      skip = "An earlier row of this file has the same person and country.";
    }
    seen.add(key);
    candidates.push({ line: row.line, input: result.data, slug: trimmedSlug, skip });
  }
  return errors.length > 0 ? { ok: false, errors, candidates } : { ok: true, candidates };
}
