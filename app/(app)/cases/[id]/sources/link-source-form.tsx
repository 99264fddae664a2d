"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, Field, FormError, formatDate, inputClass, FormSuccess } from "@/app/_components/ui";
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

function describe(s: Choice) {
  const extra = [s.outlet || null, s.publishedOn ? formatDate(s.publishedOn) : null, s.confidential ? "confidential" : null].filter(Boolean);
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
  const [selected, setSelected] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = useMemo(() => {
    const term = filter.trim().toLocaleLowerCase();
    return term ? sources.filter((s) => `${s.title} ${s.outlet}`.toLocaleLowerCase().includes(term)) : sources;
  }, [filter, sources]);

  if (sources.length === 0 && !search) {
    return <p className="text-sm text-slate-600">Every source in Vigil is already linked to this case.</p>;
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    setFieldError(null);
    if (!selected) {
      setFieldError("Choose a source to link.");
      return;
    }
    setBusy(true);
    const result = await linkSourceAction(caseId, { sourceId: selected });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDone(result.message ?? "Source linked.");
    setSelected("");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Link a source already in Vigil">
      <FormError message={error} />
      <FormSuccess message={done} />
      <Field id="link-filter" label="Search by title or outlet" hint="The newest sources are listed; type to search them all.">
        <SearchAsYouType id="link-filter" value={filter} onChange={setFilter} />
      </Field>
      <Field id="link-sourceId" label="Source" error={fieldError ?? undefined}>
        <select
          id="link-sourceId"
          className={inputClass}
          value={selected}
          aria-invalid={!!fieldError}
          aria-describedby={fieldError ? "link-sourceId-error" : undefined}
          onChange={(e) => setSelected(e.target.value)}
        >
          <option value="">{shown.length ? `Choose one of ${shown.length}…` : "No source matches the search"}</option>
          {shown.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {describe(s)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? "Linking…" : "Link source"}
      </Button>
    </form>
  );
}
