"use client";

import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { ChoiceGroup } from "@/app/_components/form-fields";
import { formatDate } from "@/app/_components/ui";

export interface SourceChoice {
  id: number;
  title: string;
  outlet: string;
  publishedOn: string | null;
  confidential: boolean;
}

/** Checkboxes for the case's sources that support what a form records (its `sourceIds`). */
export function SourceChoices<T extends FieldValues>({
  form,
  name,
  id,
  label,
  sources,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  id: string;
  label: string;
  sources: SourceChoice[];
}) {
  const chosen = ((form.watch(name) ?? []) as string[]).map(String);
  const toggle = (sourceId: string, checked: boolean) => {
    const next = checked ? [...chosen, sourceId] : chosen.filter((s) => s !== sourceId);
    form.setValue(name, next as PathValue<T, Path<T>>, { shouldValidate: form.formState.isSubmitted });
  };
  return (
    <ChoiceGroup form={form} name={name} id={id} label={label}>
      {(choice) =>
        sources.length === 0 ? (
          <p className="text-sm text-slate-600">No sources are linked to this case yet.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {sources.map((s) => (
              <li key={s.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={chosen.includes(String(s.id))}
                    onChange={(e) => toggle(String(s.id), e.target.checked)}
                    {...choice}
                  />
                  <span>
                    <bdi>{s.title}</bdi>
                    {s.outlet ? ` · ${s.outlet}` : ""}
                    {s.publishedOn ? ` · ${formatDate(s.publishedOn)}` : ""}
                    {s.confidential ? " · confidential" : ""}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )
      }
    </ChoiceGroup>
  );
}
