"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { caseToFormValues, createCaseSchema, updateCaseSchema, PRIORITIES, PRIORITY_LABELS, type CaseFormInput } from "@/domain/schemas/case";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/domain/case-status";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { createCaseAction, updateCaseAction } from "./actions";

type Values = CaseFormInput & { version?: number };

interface Props {
  mode: "create" | "edit";
  caseId?: number;
  defaultValues: Partial<Values>;
}

const textFields: { name: FieldPath<Values>; label: string; hint?: string; multiline?: boolean; dir?: "auto" }[] = [
  { name: "personName", label: "Name of the person", hint: "As it is written in their own script, if you know it.", dir: "auto" },
  { name: "title", label: "Case title", hint: "One line a colleague will recognise, e.g. \"Journalist held without charge\"." },
  { name: "country", label: "Country" },
  { name: "summary", label: "Summary", multiline: true },
  { name: "tags", label: "Tags", hint: "Separate tags with commas, e.g. arbitrary detention, journalist." },
];

const detentionFields: { name: FieldPath<Values>; label: string; type?: "date"; multiline?: boolean }[] = [
  { name: "arrestDate", label: "Date of arrest", type: "date" },
  { name: "arrestPlace", label: "Place of arrest" },
  { name: "placeHeld", label: "Where held now" },
  { name: "charges", label: "Charges", multiline: true },
  { name: "sentence", label: "Sentence" },
  { name: "sentenceDate", label: "Date of sentence", type: "date" },
];

// Every field starts as a string so an untouched field validates as "empty", not "missing".
const EMPTY: Values = {
  personName: "",
  title: "",
  country: "",
  summary: "",
  tags: "",
  priority: "medium",
  status: "detained",
  arrestDate: "",
  arrestPlace: "",
  placeHeld: "",
  charges: "",
  sentence: "",
  sentenceDate: "",
};

const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries([...textFields, ...detentionFields].map((f) => [f.name, f.label])),
  priority: "Priority",
};

function recordToFormValues(current: Record<string, unknown>): Record<string, unknown> {
  return caseToFormValues(current as Parameters<typeof caseToFormValues>[0]);
}

export function CaseForm({ mode, caseId, defaultValues }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = mode === "create" ? createCaseSchema : updateCaseSchema;
  // The same schema the server re-checks, so both sides agree on every message.
  const form = useZodForm(schema as typeof createCaseSchema, { ...EMPTY, ...defaultValues }) as unknown as UseFormReturn<Values>;
  const { register, handleSubmit, formState } = form;
  const editConflict = useEditConflict(form, FIELD_LABELS, () => void onSubmit(), recordToFormValues);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = mode === "create" ? await createCaseAction(values) : await updateCaseAction(caseId, values);
    if (result.ok) {
      router.push(`/cases/${result.data.id}`);
      router.refresh();
      return;
    }
    if (editConflict.handle(result)) return;
    setFormError(result.error);
    applyServerErrors(form, result);
  });

  const errorOf = (name: FieldPath<Values>) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const describe = (name: string, hint?: string) =>
    [hint ? `${name}-hint` : null, errorOf(name as FieldPath<Values>) ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      {editConflict.notice}
      {mode === "edit" ? <input type="hidden" {...register("version")} /> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">The person and the case</legend>
        {textFields.map((f) => (
          <Field key={f.name} id={f.name} label={f.label} hint={f.hint} error={errorOf(f.name)}>
            {f.multiline ? (
              <textarea id={f.name} rows={5} dir={f.dir} className={inputClass} aria-invalid={!!errorOf(f.name)} aria-describedby={describe(f.name, f.hint)} {...register(f.name)} />
            ) : (
              <input id={f.name} type="text" dir={f.dir} className={inputClass} aria-invalid={!!errorOf(f.name)} aria-describedby={describe(f.name, f.hint)} {...register(f.name)} />
            )}
          </Field>
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="priority" label="Priority" error={errorOf("priority")}>
            <select id="priority" className={inputClass} aria-invalid={!!errorOf("priority")} {...register("priority")}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </option>
              ))}
            </select>
          </Field>
          {mode === "create" ? (
            <Field id="status" label="Current status" error={errorOf("status")}>
              <select id="status" className={inputClass} aria-invalid={!!errorOf("status")} {...register("status")}>
                {CASE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {CASE_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">Detention</legend>
        {detentionFields.map((f) => (
          <div key={f.name} className={f.multiline ? "sm:col-span-2" : undefined}>
            <Field id={f.name} label={f.label} error={errorOf(f.name)}>
              {f.multiline ? (
                <textarea id={f.name} rows={3} className={inputClass} aria-invalid={!!errorOf(f.name)} aria-describedby={describe(f.name)} {...register(f.name)} />
              ) : (
                <input id={f.name} type={f.type ?? "text"} className={inputClass} aria-invalid={!!errorOf(f.name)} aria-describedby={describe(f.name)} {...register(f.name)} />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode === "create" ? "Create case" : "Save changes"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
