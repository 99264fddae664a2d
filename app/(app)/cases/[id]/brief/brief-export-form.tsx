"use client";

import { useState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { Button, Field, FormError, inputClass, FormSuccess } from "@/app/_components/ui";
import { briefDownloadUrl, briefExportSchema } from "@/domain/schemas/brief";

type Official = { id: number; name: string; office: string };

function fileNameFrom(disposition: string | null, fallback: string) {
  const encoded = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] : undefined;
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return plain?.[1] ?? fallback;
}

export function BriefExportForm({
  caseId,
  withAsks,
  others,
  canIncludeConfidential,
}: {
  caseId: number;
  withAsks: Official[];
  others: Official[];
  canIncludeConfidential: boolean;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useZodForm(briefExportSchema, {
    format: "pdf",
    official: "",
    includeConfidential: false,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const parsed = briefExportSchema.parse(values);
    const response = await fetch(briefDownloadUrl(caseId, parsed), { cache: "no-store" });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: string } | null;
      setFormError(body?.error ?? "The brief could not be exported. Please try again.");
      return;
    }
    const name = fileNameFrom(response.headers.get("Content-Disposition"), `brief.${parsed.format}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setDone(`Downloaded ${name}.`);
  });

  const option = (o: Official) => (
    <option key={o.id} value={String(o.id)}>
      {o.name}
      {o.office ? ` — ${o.office}` : ""}
    </option>
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Export brief">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <fieldset>
        <legend className="block text-sm font-medium text-slate-800">Format</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="pdf" {...register("format")} /> PDF
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="docx" {...register("format")} /> Word (.docx)
          </label>
        </div>
        {errors.format?.message ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {errors.format.message}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="official"
        label="Meeting with (optional)"
        hint="The brief then opens with this official's past asks and responses, and what to raise in this meeting."
        error={errors.official?.message}
      >
        <select id="official" className={inputClass} aria-describedby="official-hint" {...register("official")}>
          <option value="">No particular official</option>
          {withAsks.length ? <optgroup label="Officials with asks on this case">{withAsks.map(option)}</optgroup> : null}
          {others.length ? <optgroup label="All other officials">{others.map(option)}</optgroup> : null}
        </select>
      </Field>
      {canIncludeConfidential ? (
        <div>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" className="mt-1" aria-describedby="includeConfidential-hint" {...register("includeConfidential")} />
            <span>Include confidential items</span>
          </label>
          <p id="includeConfidential-hint" className="ml-6 text-xs text-slate-600">
            Adds confidential items (sources, notes, contacts, officials, asks and outcomes), and marks every page
            CONFIDENTIAL. Share it only with people who may see them.
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Confidential items are left out of briefs you export.</p>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Preparing…" : "Export brief"}
      </Button>
    </form>
  );
}
