"use client";

import { useId, useState } from "react";
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
  writable: boolean;
}

/** Which of the case's sources support one claim, and (for those who may write) a checklist to change them. */
export function CiteSources({ caseId, claim, subjectId, label, sources, cited, writable }: Props) {
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(cited));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const citedSources = cited.flatMap((sourceId) => byId.get(sourceId) ?? []);

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
    <div className="mt-1 text-sm">
      <p className="text-slate-600" data-testid={`cited-${claim}-${subjectId}`}>
        {citedSources.length ? (
          <>
            <span className="sr-only">Sources for {label}: </span>
            {citedSources.map((s, i) => (
              <span key={s.id}>
                {i > 0 ? "; " : ""}
                <bdi>{s.title}</bdi>
                {s.confidential ? " (confidential)" : ""}
              </span>
            ))}
          </>
        ) : (
          <span className="italic">No source cited</span>
        )}
      </p>
      {writable ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium text-brand-700">
            Cite sources<span className="sr-only"> for {label}</span>
          </summary>
          {sources.length === 0 ? (
            <p className="mt-1 text-slate-600">Link sources to this case on its Sources tab first.</p>
          ) : (
            <form onSubmit={onSubmit} aria-label={`Sources that support ${label}`} className="mt-2 space-y-2">
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
        </details>
      ) : null}
    </div>
  );
}
