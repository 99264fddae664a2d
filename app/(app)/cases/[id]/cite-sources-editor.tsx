"use client";

import { useId, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ClaimKind } from "@/domain/citation-claims";
import { citeSourcesAction } from "./cite-actions";

interface CitableSource {
  id: number;
  title: string;
  confidential: boolean;
}

interface Props {
  caseId: number;
  claim: ClaimKind;
  subjectId: number;
  /** What the sources support, as the reader sees it: "Date of arrest". */
  label: string;
  /** The case's sources the reader may see. */
  sources: CitableSource[];
  cited: number[];
  /** The page without this editor open. */
  closeHref: string;
}

/** A checklist of the case's sources: which of them support one claim. */
export function CiteSourcesForm({ caseId, claim, subjectId, label, sources, cited, closeHref }: Props) {
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(cited));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await citeSourcesAction(caseId, { claim, subjectId, sourceIds: [...chosen] });
    setBusy(false);
    if (!result.ok) {
      setMessage({ error: true, text: result.fieldErrors?.sourceIds?.[0] ?? result.error });
      return;
    }
    setMessage({ error: false, text: result.message ?? "Sources saved." });
    router.refresh();
  }

  return (
    <div className="mt-1">
      {sources.length === 0 ? (
        <p className="mt-1 text-slate-600">Link sources to this case on its Sources tab first.</p>
      ) : (
        <form method="post" onSubmit={onSubmit} aria-label={`Sources that support ${label}`} className="mt-2 space-y-2">
          <fieldset>
            <legend className="font-medium text-slate-700">Sources that support this</legend>
            {sources.map((s) => (
              <label key={s.id} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={chosen.has(s.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(s.id);
                    else next.delete(s.id);
                    setChosen(next);
                  }}
                />
                <span>
                  <bdi>{s.title}</bdi>
                  {s.confidential ? " (confidential)" : ""}
                </span>
              </label>
            ))}
          </fieldset>
          <p id={`${id}-note`} className="text-xs text-slate-500">
            Unlinking a source from the case also removes it from everything it supports here.
          </p>
          <button
            type="submit"
            disabled={busy}
            aria-describedby={`${id}-note`}
            className="rounded bg-brand-700 px-3 py-1 text-xs font-semibold text-white disabled:opacity-60"
          >
            {busy ? "Saving…" : "Save sources"}
          </button>
        </form>
      )}
      <p aria-live="polite" role="status" className={message?.error ? "text-red-700" : "text-slate-700"}>
        {message?.text ?? ""}
      </p>
      <Link href={closeHref} scroll={false} className="text-xs font-medium text-brand-700 underline">
        Close<span className="sr-only"> the sources for {label}</span>
      </Link>
    </div>
  );
}
