"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button, Field, FormError, formatDate, FormSuccess } from "@/app/_components/ui";
import { SelectField } from "@/app/_components/form-fields";
import { linkSourceAction } from "@/app/(app)/sources/actions";
import { SearchAsYouType } from "@/app/_components/search-as-you-type";
import { useSearchParam } from "@/app/_components/use-search-param";

interface Choice {
  id: number;
  title: string;
  outlet: string;
  publishedOn: string | null;
  confidential: boolean;
}

function sourceChoiceLabel(s: Choice) {
  const extra = [s.outlet || null, s.publishedOn ? formatDate(s.publishedOn) : null, s.confidential ? "confidential" : null].filter(
    Boolean,
  );
  return extra.length ? `${s.title} (${extra.join(", ")})` : s.title;
}

/**
 * Links a source already in Vigil. The page sends the newest unlinked sources, or those
 * matching the search (the `find` parameter), so the choice stays small in a workspace of
 * any size; typing narrows the list at once and asks the server after a pause.
 */
export function LinkSourceForm({ caseId, sources, search }: { caseId: number; sources: Choice[]; search: string }) {
  const router = useRouter();
  const [filter, setFilter] = useSearchParam("find", search);
  const form = useForm<{ sourceId: string }>({ defaultValues: { sourceId: "" } });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const shown = useMemo(() => {
    const term = filter.trim().toLocaleLowerCase();
    return term ? sources.filter((s) => `${s.title} ${s.outlet}`.toLocaleLowerCase().includes(term)) : sources;
  }, [filter, sources]);

  if (sources.length === 0 && !search) {
    return <p className="text-sm text-slate-600">Every source in Vigil is already linked to this case.</p>;
  }

  const onSubmit = form.handleSubmit(async ({ sourceId }) => {
    setError(null);
    setDone(null);
    const result = await linkSourceAction(caseId, { sourceId });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDone(result.message ?? "Source linked.");
    form.reset();
    router.refresh();
  });
  const busy = form.formState.isSubmitting;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Link a source already in Vigil">
      <FormError message={error} />
      <FormSuccess message={done} />
      <Field id="link-filter" label="Search by title or outlet" hint="The newest sources are listed; type to search them all.">
        <SearchAsYouType id="link-filter" value={filter} onChange={setFilter} />
      </Field>
      <SelectField form={form} name="sourceId" id="link-sourceId" label="Source" rules={{ required: "Choose a source to link." }}>
        <option value="">{shown.length ? `Choose one of ${shown.length}…` : "No source matches the search"}</option>
        {shown.map((s) => (
          <option key={s.id} value={String(s.id)}>
            {sourceChoiceLabel(s)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={busy}>
        {busy ? "Linking…" : "Link source"}
      </Button>
    </form>
  );
}
