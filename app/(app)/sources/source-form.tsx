"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, sourceSchema, type SourceFormInput } from "@/domain/schemas/source";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, inputClass, FormSuccess } from "@/app/_components/ui";
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
  const form = useZodForm(sourceSchema, props.mode === "edit" ? ({ ...props.defaultValues, version: props.version } as SourceFormInput) : EMPTY);
  const { register, handleSubmit, formState, reset } = form;
  const { errors, isSubmitting } = formState;
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

  const errorOf = (name: FieldPath<SourceFormInput>) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const describedBy = (name: FieldPath<SourceFormInput>, hint?: boolean) =>
    [hint ? `source-${name}-hint` : null, errorOf(name) ? `source-${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={props.mode === "add" ? "Add a source" : "Edit source"}>
      <FormError message={formError} />
      {editConflict.notice}
      <FormSuccess message={done} />
      <Field id="source-title" label="Title" error={errorOf("title")}>
        <input id="source-title" type="text" dir="auto" className={inputClass} aria-invalid={!!errorOf("title")} aria-describedby={describedBy("title")} {...register("title")} />
      </Field>
      <Field id="source-outlet" label="Outlet" hint="Newspaper, agency, NGO or court." error={errorOf("outlet")}>
        <input id="source-outlet" type="text" dir="auto" className={inputClass} aria-invalid={!!errorOf("outlet")} aria-describedby={describedBy("outlet", true)} {...register("outlet")} />
      </Field>
      <Field id="source-url" label="Web address (optional)" hint="Leave empty for a statement, court paper or print report." error={errorOf("url")}>
        <input id="source-url" type="url" inputMode="url" className={inputClass} aria-invalid={!!errorOf("url")} aria-describedby={describedBy("url", true)} {...register("url")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <Field id="source-publishedOn" label="Date published" error={errorOf("publishedOn")}>
          <input id="source-publishedOn" type="date" className={inputClass} aria-invalid={!!errorOf("publishedOn")} aria-describedby={describedBy("publishedOn")} {...register("publishedOn")} />
        </Field>
        <Field id="source-type" label="Type" error={errorOf("type")}>
          <select id="source-type" className={inputClass} aria-invalid={!!errorOf("type")} aria-describedby={describedBy("type")} {...register("type")}>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="source-excerpt" label="Excerpt or key quote" error={errorOf("excerpt")}>
        <textarea id="source-excerpt" rows={3} dir="auto" className={inputClass} aria-invalid={!!errorOf("excerpt")} aria-describedby={describedBy("excerpt")} {...register("excerpt")} />
      </Field>
      <Field id="source-notes" label="Notes" error={errorOf("notes")}>
        <textarea id="source-notes" rows={2} dir="auto" className={inputClass} aria-invalid={!!errorOf("notes")} aria-describedby={describedBy("notes")} {...register("notes")} />
      </Field>
      <ConfidentialCheckbox id="source-confidential" {...register("confidential")} />
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
