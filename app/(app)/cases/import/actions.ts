"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/dal/session";
import { importCases, previewCaseImport } from "@/server/dal/cases";
import { toActionFailure } from "@/server/dal/action-errors";
import { refusal } from "@/server/action";
import { autoMapColumns, CASE_CSV_FIELD_KEYS, parseCsv, type CaseCsvField, type ColumnMapping } from "@/domain/schemas/case-csv";
import { MAX_IMPORT_BYTES, type CaseImportState } from "./import-state";

// One action for both steps of the import: "preview" parses and checks the file and
// writes nothing; "import" checks it again and writes every row or none.

export async function caseImportAction(previous: CaseImportState, formData: FormData): Promise<CaseImportState> {
  const token = (typeof previous?.token === "number" ? previous.token : 0) + 1;
  const actor = await getCurrentUser();
  const refused = refusal({ role: "write", readOnly: "case-import" }, actor);
  if (refused || !actor) return { token, error: refused?.error };
  if (!(formData instanceof FormData)) return { token, error: "Choose a CSV file to import." };

  const intent = formData.get("intent") === "import" ? "import" : "preview";
  const file = formData.get("file");
  let csvText: string;
  let fileName: string;
  let freshFile = false;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return { token, error: "The file is larger than 512 KB; split it into smaller files." };
    csvText = await file.text();
    fileName = file.name.slice(0, 200);
    freshFile = true;
  } else {
    const kept = formData.get("csvText");
    if (typeof kept !== "string" || kept === "") return { token, error: "Choose a CSV file to import." };
    if (kept.length > MAX_IMPORT_BYTES) return { token, error: "The file is larger than 512 KB; split it into smaller files." };
    csvText = kept;
    fileName = String(formData.get("fileName") ?? "import.csv").slice(0, 200);
  }

  const parsed = parseCsv(csvText);
  if (!parsed.ok) return { token, error: parsed.error, fileName };
  const { headers, rows } = parsed.value;

  // A newly chosen file is matched by its header names; otherwise the user's choices count.
  const mapping: ColumnMapping = freshFile
    ? autoMapColumns(headers)
    : headers.map((_, i) => {
        const v = formData.get(`column-${i}`);
        return typeof v === "string" && (CASE_CSV_FIELD_KEYS as string[]).includes(v) ? (v as CaseCsvField) : null;
      });
  const chosen = mapping.filter(Boolean);
  const base: CaseImportState = {
    token,
    fileName,
    csvText,
    headers,
    samples: headers.map((_, i) => rows[0]?.cells[i] ?? ""),
    mapping,
    rowCount: rows.length,
  };
  if (new Set(chosen).size !== chosen.length) {
    return { ...base, error: "Two columns are matched to the same field; choose “Ignore” for one of them." };
  }

  try {
    if (intent === "import") {
      const result = importCases(actor, parsed.value, mapping, fileName);
      if (!result.ok) {
        return { ...base, errors: result.errors, error: "Nothing was imported: fix the rows below and upload the file again." };
      }
      revalidatePath("/cases");
      revalidatePath("/");
      return { token, fileName, done: { created: result.created.length, skipped: result.skipped.length } };
    }
    const checked = previewCaseImport(actor, parsed.value, mapping);
    const skipped = checked.candidates.filter((c) => c.skip).map((c) => ({ line: c.line, reason: c.skip!, name: c.input.personName }));
    return {
      ...base,
      errors: checked.ok ? [] : checked.errors,
      newCount: checked.candidates.length - skipped.length,
      skipped,
    };
  } catch (error) {
    const failure = toActionFailure(error);
    return { ...base, error: failure.ok ? undefined : failure.error };
  }
}
