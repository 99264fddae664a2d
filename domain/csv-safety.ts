/**
 * Spreadsheet formula injection: a cell whose text starts with one of these characters
 * may be run as a formula when the CSV is opened in Excel, LibreOffice or Sheets.
 * Such cells are prefixed with a single quote so the spreadsheet shows them as text.
 */
const DANGEROUS_FIRST = new Set(["=", "+", "-", "@", "\t", "\r"]);

export type CsvCell = string | number | boolean | null | undefined;

/** The text to write in a CSV cell so that no spreadsheet executes it. */
export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value.length > 0 && DANGEROUS_FIRST.has(value.charAt(0)) ? `'${value}` : value;
}

/**
 * Undoes `neutraliseCell` on import: a leading quote followed by a dangerous character
 * is the export's protection, not part of the value. Other text is left alone.
 */
export function restoreCell(value: string): string {
  return value.length > 1 && value[0] === "'" && DANGEROUS_FIRST.has(value.charAt(1)) ? value.slice(1) : value;
}
