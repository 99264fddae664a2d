"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import {
  caseToFormValues,
  createCaseSchema,
  updateCaseSchema,
  PRIORITIES,
  PRIORITY_LABELS,
  type CaseFormInput,
} from "@/domain/schemas/case";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "@/domain/case-status";
import { Button, FormError } from "@/app/_components/ui";
import { CheckboxField, SelectField, TextArea, TextField } from "@/app/_components/form-fields";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { COUNTRIES } from "@/domain/countries";
import { createCaseAction, updateCaseAction } from "./actions";
import { PossibleDuplicates, type PossibleDuplicate } from "./possible-duplicates";

type Values = CaseFormInput & { version?: number };

interface Props {
  mode: "create" | "edit";
  caseId?: number;
  defaultValues: Partial<Values>;
}

const textFields: { name: FieldPath<Values>; label: string; hint?: string; multiline?: boolean; dir?: "auto"; required?: boolean }[] = [
  {
    name: "personName",
    label: "Name of the person",
    hint: "In Latin letters, as colleagues and officials will read it, e.g. Narges Mohammadi.",
    dir: "auto",
    required: true,
  },
  {
    name: "nativeName",
    label: "Name in their own script",
    hint: "As the person writes it, e.g. نرگس محمدی; leave empty if it is the name above.",
    dir: "auto",
  },
  {
    name: "aliases",
    label: "Other names",
    hint: "Other spellings or names they are known by, separated by commas.",
    dir: "auto",
  },
  {
    name: "title",
    label: "Case title",
    hint: 'One line a colleague will recognise, e.g. "Journalist held without charge".',
    required: true,
  },
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
  nativeName: "",
  aliases: "",
  title: "",
  country: "",
  summary: "",
  tags: "",
  priority: "medium",
  status: "detained",
  restricted: false,
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
  country: "Country",
};

function recordToFormValues(current: Record<string, unknown>): Record<string, unknown> {
  return caseToFormValues(current as Parameters<typeof caseToFormValues>[0]);
}

export function CaseForm({ mode, caseId, defaultValues }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[]>([]);
  const schema = mode === "create" ? createCaseSchema : updateCaseSchema;
  // The same schema the server re-checks, so both sides agree on every message.
  const form = useZodForm(schema as typeof createCaseSchema, { ...EMPTY, ...defaultValues }) as unknown as UseFormReturn<Values>;
  const { register, handleSubmit, formState } = form;
  const editConflict = useEditConflict(form, FIELD_LABELS, () => void onSubmit(), recordToFormValues);
  const { isSubmitting } = formState;

  const save = (saveIfDuplicate: boolean) =>
    handleSubmit(async (values) => {
      setFormError(null);
      const result = mode === "create" ? await createCaseAction({ ...values, saveIfDuplicate }) : await updateCaseAction(caseId, values);
      if (result.ok && "saved" in result.data && !result.data.saved) {
        setDuplicates(result.data.possibleDuplicates);
        return;
      }
      if (result.ok) {
        const id = "id" in result.data ? result.data.id : caseId;
        router.push(`/cases/${id}`);
        router.refresh();
        return;
      }
      if (editConflict.handle(result)) return;
      setFormError(result.error);
      applyServerErrors(form, result);
    });
  // Only a new case is checked against the others: an edit is of a case already known.
  const onSubmit = save(mode === "edit" || duplicates.length > 0);

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      {editConflict.notice}
      {mode === "edit" ? <input type="hidden" {...register("version")} /> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">The person and the case</legend>
        {textFields.map(({ multiline, ...f }) =>
          multiline ? <TextArea key={f.name} form={form} rows={5} {...f} /> : <TextField key={f.name} form={form} {...f} />,
        )}
        <SelectField form={form} name="country" label="Country" required>
          <option value="">Choose a country…</option>
          {COUNTRIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField form={form} name="priority" label="Priority">
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </SelectField>
          {mode === "create" ? (
            <SelectField form={form} name="status" label="Current status">
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CASE_STATUS_LABELS[s]}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {mode === "create" ? (
          <CheckboxField
            form={form}
            name="restricted"
            label="Restricted"
            hint="Only the people on its team will know this case exists: you are on it, and you add colleagues from the case page."
          />
        ) : null}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">Detention</legend>
        {detentionFields.map((f) => (
          <div key={f.name} className={f.multiline ? "sm:col-span-2" : undefined}>
            {f.multiline ? (
              <TextArea form={form} name={f.name} label={f.label} rows={3} />
            ) : (
              <TextField form={form} name={f.name} label={f.label} type={f.type} />
            )}
          </div>
        ))}
      </fieldset>
      <PossibleDuplicates duplicates={duplicates} />
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode === "edit" ? "Save changes" : duplicates.length > 0 ? "Create case anyway" : "Create case"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
