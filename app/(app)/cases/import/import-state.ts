import type { CaseCsvField, RowError } from "@/domain/schemas/case-csv";

/** What the import page shows after each step: the file, its column mapping, errors or the result. */
export interface CaseImportState {
  /** Changes with every response so the mapping selects pick up the server's values. */
  token: number;
  error?: string;
  fileName?: string;
  csvText?: string;
  headers?: string[];
  samples?: string[];
  mapping?: (CaseCsvField | null)[];
  rowCount?: number;
  errors?: RowError[];
  newCount?: number;
  skipped?: { line: number; reason: string; name: string }[];
  done?: { created: number; skipped: number };
}

export const INITIAL_IMPORT_STATE: CaseImportState = { token: 0 };

export const MAX_IMPORT_BYTES = 512 * 1024;
