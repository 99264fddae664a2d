"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, sourceSchema, type SourceFormInput } from "@/domain/schemas/source";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { DateField, SelectField, TextArea, TextField } from "@/app/_components/form-fields";
import { addSourceAction, updateSourceAction } from "./actions";

const EMPTY: SourceFormInput = {
  title: "",
  outlet: "",
  url: "",
  publishedOn: "",
  type: "news_report",
  excerpt: "",
  notes: "",
  confidential: false,
};

type Props =
  | { mode: "add"; caseId: number }
  | { mode: "edit"; sourceId: number; version: number; defaultValues: SourceFormInput; returnTo: string };

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  outlet: "Outlet",
  url: "Web address",
  publishedOn: "Date published",
  type: "Type",
  excerpt: "Excerpt or key quote",
  notes: "Notes",
  confidential: "Confidential",
};

/** Adds a source to a case, or edits a source (on every case it is linked to). */
export function SourceForm(props: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // In edit mode the form also carries the version it started from (see useEditConflict).
  const form = useZodForm(
    sourceSchema,
    props.mode === "edit" ? ({ ...props.defaultValues, version: props.version } as SourceFormInput) : EMPTY,
  );
  const { handleSubmit, formState, reset } = form;
  const { isSubmitting } = formState;
  const editConflict = useEditConflict(form, FIELD_LABELS, () => void onSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result =
      props.mode === "add"
        ? await addSourceAction(props.caseId, values)
        : await updateSourceAction(props.sourceId, { ...values, version: form.getValues("version" as never) ?? props.version });
    if (editConflict.handle(result)) return;
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    if (props.mode === "edit") {
      router.push(props.returnTo);
      router.refresh();
      return;
    }
    setDone(result.message ?? "Source added.");
    reset(EMPTY);
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={props.mode === "add" ? "Add a source" : "Edit source"}
    >
      <FormError message={formError} />
      {editConflict.notice}
      <FormSuccess message={done} />
      <TextField form={form} name="title" id="source-title" label="Title" dir="auto" required />
      <TextField form={form} name="outlet" id="source-outlet" label="Outlet" hint="Newspaper, agency, NGO or court." dir="auto" />
      <TextField
        form={form}
        name="url"
        id="source-url"
        label="Web address (optional)"
        hint="Leave empty for a statement, court paper or print report."
        type="url"
        inputMode="url"
      />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <DateField form={form} name="publishedOn" id="source-publishedOn" label="Date published" />
        <SelectField form={form} name="type" id="source-type" label="Type">
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea form={form} name="excerpt" id="source-excerpt" label="Excerpt or key quote" rows={3} dir="auto" />
      <TextArea form={form} name="notes" id="source-notes" label="Notes" rows={2} dir="auto" />
      <ConfidentialCheckbox form={form} name="confidential" id="source-confidential" />
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : props.mode === "add" ? "Add source" : "Save changes"}
        </Button>
        {props.mode === "edit" ? (
          <Button type="button" variant="secondary" onClick={() => router.back()}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
