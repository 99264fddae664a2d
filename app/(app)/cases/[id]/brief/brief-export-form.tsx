"use client";

import { useState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { CheckboxField, ChoiceGroup, SelectField } from "@/app/_components/form-fields";
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
  // Set once the server has named characters the PDF cannot draw: the form then offers to export anyway.
  const [glyphsMissing, setGlyphsMissing] = useState(false);
  const form = useZodForm(briefExportSchema, {
    format: "pdf",
    official: "",
    includeConfidential: false,
    allowMissingGlyphs: false,
  });
  const { register, handleSubmit, formState } = form;
  const { isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const parsed = briefExportSchema.parse(values);
    const response = await fetch(briefDownloadUrl(caseId, parsed), { cache: "no-store" });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: string; code?: string } | null;
      if (body?.code === "missing_glyphs") setGlyphsMissing(true);
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
      <ChoiceGroup form={form} name="format" label="Format">
        {(choice) => (
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="pdf" {...choice} {...register("format")} /> PDF
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="docx" {...choice} {...register("format")} /> Word (.docx)
            </label>
          </div>
        )}
      </ChoiceGroup>
      <SelectField
        form={form}
        name="official"
        label="Meeting with (optional)"
        hint="The brief then opens with this official's past asks and responses, and what to raise in this meeting."
      >
        <option value="">No particular official</option>
        {withAsks.length ? <optgroup label="Officials with asks on this case">{withAsks.map(option)}</optgroup> : null}
        {others.length ? <optgroup label="All other officials">{others.map(option)}</optgroup> : null}
      </SelectField>
      {canIncludeConfidential ? (
        <CheckboxField
          form={form}
          name="includeConfidential"
          label="Include confidential items"
          labelClassName="text-sm text-slate-800"
          hint="Adds confidential items (sources, notes, contacts, officials, asks and outcomes), and marks every page CONFIDENTIAL. Share it only with people who may see them."
        />
      ) : (
        <p className="text-sm text-slate-600">Confidential items are left out of briefs you export.</p>
      )}
      {glyphsMissing ? (
        <CheckboxField
          form={form}
          name="allowMissingGlyphs"
          label="Export the PDF anyway"
          labelClassName="text-sm text-slate-800"
          hint="The characters named above print as empty boxes. The Word version shows them with the reader's own fonts."
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Preparing…" : "Export brief"}
      </Button>
    </form>
  );
}
