"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { PERSON_KINDS, PERSON_KIND_LABELS, personSchema, updatePersonSchema, type PersonFormInput } from "@/domain/schemas/person";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError } from "@/app/_components/ui";
import { SelectField, TextArea, TextField } from "@/app/_components/form-fields";
import { SearchAsYouType } from "@/app/_components/search-as-you-type";
import { useSearchParam } from "@/app/_components/use-search-param";
import { createPersonAction, updatePersonAction } from "./actions";

type Values = PersonFormInput;

interface Props {
  mode: "create" | "edit";
  personId?: number;
  defaultValues: Partial<Values>;
  /** Cases a contact can belong to: the newest, or those matching `caseSearch`, plus the chosen one. */
  cases: CaseChoice[];
  /** What was typed in "Find a case" (the page's `findCase` parameter). */
  caseSearch?: string;
}

interface CaseChoice {
  id: number;
  personName: string;
  title: string;
}

const EMPTY: Omit<Values, "version"> = {
  kind: "official",
  name: "",
  office: "",
  institution: "",
  country: "",
  notes: "",
  caseId: "",
  confidential: false,
};

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  office: "Office or title",
  institution: "Institution",
  country: "Country",
  notes: "Notes",
  confidential: "Confidential",
};

export function PersonForm({ mode, personId, defaultValues, cases, caseSearch = "" }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = mode === "create" ? personSchema : updatePersonSchema;
  const form = useZodForm(schema as typeof updatePersonSchema, { ...EMPTY, ...defaultValues }) as unknown as UseFormReturn<Values>;
  const { register, handleSubmit, formState, watch } = form;
  const { isSubmitting } = formState;
  const kind = watch("kind");
  const caseId = watch("caseId");

  // "Find a case" asks the server for matching cases after a pause (see useSearchParam).
  const [findCase, setFindCase] = useSearchParam("findCase", caseSearch);
  // The chosen case stays in the list when a new search no longer finds it.
  const seenCases = useRef(new Map<string, CaseChoice>());
  for (const c of cases) seenCases.current.set(String(c.id), c);
  const chosen = caseId ? seenCases.current.get(String(caseId)) : undefined;
  const caseOptions = chosen && !cases.some((c) => String(c.id) === String(caseId)) ? [chosen, ...cases] : cases;
  const editConflict = useEditConflict(form, FIELD_LABELS, () => void onSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = mode === "create" ? await createPersonAction(values) : await updatePersonAction(personId, values);
    if (editConflict.handle(result)) return;
    if (result.ok) {
      router.push(`/people/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    applyServerErrors(form, result);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      {editConflict.notice}
      {mode === "edit" ? <input type="hidden" {...register("version")} /> : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">Who they are</legend>
        <SelectField form={form} name="kind" label="Kind">
          {PERSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {PERSON_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="name" label="Name" hint="As it is written in their own script, if you know it." dir="auto" required />
        <TextField
          form={form}
          name="office"
          label={kind === "organisation" ? "Description" : kind === "contact" ? "Relationship or role" : "Office or title"}
          hint={
            kind === "official"
              ? "The office held now. Asks already made keep the office held at the time."
              : kind === "contact"
                ? "E.g. brother, defence lawyer."
                : undefined
          }
          dir="auto"
        />
        <TextField
          form={form}
          name="institution"
          label="Institution"
          hint={kind === "official" ? "E.g. US Department of State." : undefined}
          dir="auto"
        />
        <TextField form={form} name="country" label="Country" dir="auto" />
        {kind === "contact" ? (
          <Field id="case-search" label="Find a case" hint="The newest cases are listed; type a name to find others.">
            <SearchAsYouType id="case-search" value={findCase} onChange={setFindCase} />
          </Field>
        ) : null}
        {kind === "contact" ? (
          <SelectField form={form} name="caseId" label="Case" hint="The case this person is a contact for.">
            <option value="">No case</option>
            {caseOptions.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.personName} — {c.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextArea form={form} name="notes" label="Notes" rows={4} dir="auto" />
        <ConfidentialCheckbox
          form={form}
          name="confidential"
          detail="Use it for relatives, lawyers and anyone put at risk by being named; asks to a confidential person are hidden with them."
        />
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode === "create" ? "Add to directory" : "Save changes"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
