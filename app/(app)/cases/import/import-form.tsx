"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Button, Card, FormError, inputClass } from "@/app/_components/ui";
import { CASE_CSV_FIELDS, CASE_CSV_FIELD_KEYS } from "@/domain/schemas/case-csv";
import { caseImportAction } from "./actions";
import { INITIAL_IMPORT_STATE } from "./import-state";

export function ImportForm() {
  const [state, formAction, pending] = useActionState(caseImportAction, INITIAL_IMPORT_STATE);

  if (state.done) {
    return (
      <Card title="Import finished">
        <p role="status">
          Imported {state.done.created} {state.done.created === 1 ? "case" : "cases"}
          {state.done.skipped > 0 ? `; skipped ${state.done.skipped} that already existed` : ""}.
        </p>
        <p className="mt-3">
          <Link href="/cases" className="underline">
            Back to the case list
          </Link>
        </p>
      </Card>
    );
  }

  const errors = state.errors ?? [];
  const hasPreview = state.headers !== undefined;
  const canImport = hasPreview && errors.length === 0 && !state.error && (state.newCount ?? 0) > 0;

  return (
    <form action={formAction} className="space-y-6" aria-label="Import cases from CSV">
      <Card title="1. Choose the file">
        <label htmlFor="import-file" className="block text-sm font-medium">
          CSV file
        </label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" className={`${inputClass} mt-1`} />
        {state.fileName ? (
          <p className="mt-2 text-sm text-slate-600">
            Current file: <bdi>{state.fileName}</bdi> ({state.rowCount ?? 0} rows). Choose another file to replace it.
          </p>
        ) : null}
        <div className="mt-3">
          <Button type="submit" name="intent" value="preview" variant={hasPreview ? "secondary" : "primary"} disabled={pending}>
            {hasPreview ? "Check again" : "Check the file"}
          </Button>
        </div>
      </Card>

      <FormError message={state.error} />

      {hasPreview ? (
        <>
          <input type="hidden" name="csvText" value={state.csvText ?? ""} />
          <input type="hidden" name="fileName" value={state.fileName ?? ""} />
          <Card title="2. Match the columns">
            <p className="mb-3 text-sm text-slate-600">
              Each column of the file fills the case field chosen beside it. After changing a match, press “Check again”.
            </p>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Columns of the file</caption>
                <thead className="text-left text-slate-700">
                  <tr>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      Column in the file
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      First row
                    </th>
                    <th scope="col" className="py-2 font-semibold">
                      Case field
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {state.headers!.map((header, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a checked file's columns never reorder; the index is the column
                    <tr key={`${state.token}-${i}`}>
                      <td className="py-2 pr-4 font-medium">
                        <bdi>{header || `(column ${i + 1})`}</bdi>
                      </td>
                      <td className="max-w-xs truncate py-2 pr-4 text-slate-600">
                        <bdi>{state.samples?.[i]}</bdi>
                      </td>
                      <td className="py-2">
                        <label htmlFor={`column-${i}`} className="sr-only">
                          Case field for column {header || i + 1}
                        </label>
                        <select id={`column-${i}`} name={`column-${i}`} defaultValue={state.mapping?.[i] ?? ""} className={inputClass}>
                          <option value="">Ignore this column</option>
                          {CASE_CSV_FIELD_KEYS.map((k) => (
                            <option key={k} value={k}>
                              {k === "slug" ? "Slug (to recognise existing cases)" : CASE_CSV_FIELDS[k]}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>

          <Card title="3. Check and import">
            {errors.length > 0 ? (
              <div>
                <p className="mb-2 font-semibold text-red-800" role="alert">
                  {errors.length} {errors.length === 1 ? "problem" : "problems"} found. Nothing will be imported until every row is correct.
                </p>
                <table className="min-w-full text-sm">
                  <caption className="sr-only">Problems in the file</caption>
                  <thead className="text-left text-slate-700">
                    <tr>
                      <th scope="col" className="py-1 pr-4 font-semibold">
                        Line
                      </th>
                      <th scope="col" className="py-1 pr-4 font-semibold">
                        Field
                      </th>
                      <th scope="col" className="py-1 font-semibold">
                        Problem
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {errors.map((e, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a checked file's rows never reorder; the index is the row
                      <tr key={i}>
                        <td className="py-1 pr-4">{e.line}</td>
                        <td className="py-1 pr-4">{e.field}</td>
                        <td className="py-1">{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p role="status">
                {state.newCount ?? 0} new {state.newCount === 1 ? "case" : "cases"} ready to import
                {state.skipped && state.skipped.length > 0
                  ? `; ${state.skipped.length} ${state.skipped.length === 1 ? "row matches" : "rows match"} a case already stored and will be skipped`
                  : ""}
                .
              </p>
            )}
            {state.skipped && state.skipped.length > 0 ? (
              <>
                <h3 className="mt-3 text-sm font-semibold">Rows that will be skipped</h3>
                <ul className="mt-1 list-disc pl-6 text-sm text-slate-700" aria-label="Rows that will be skipped">
                  {state.skipped.map((s) => (
                    <li key={s.line}>
                      Line {s.line} (<bdi>{s.name}</bdi>): {s.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <div className="mt-4">
              <Button type="submit" name="intent" value="import" disabled={pending || !canImport}>
                Import {state.newCount ?? 0} {state.newCount === 1 ? "case" : "cases"}
              </Button>
            </div>
          </Card>
        </>
      ) : null}
    </form>
  );
}
