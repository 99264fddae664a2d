"use client";

import { citationAnchor, type ClaimKind } from "@/domain/citation-claims";

export interface CitedSource {
  id: number;
  title: string;
  confidential: boolean;
}

/**
 * The sources cited for one claim, and for a writer the link that opens its editor.
 * A client component without state: a page shows one per claim (seventeen on a case's
 * overview), and its payload then carries each line's data once, not its elements.
 * The link is a plain one that lands on the claim: a next/link each cost the server a
 * client component more.
 */
export function CitationLine({
  claim,
  subjectId,
  label,
  cited,
  listed,
  openHref,
  children,
}: {
  claim: ClaimKind;
  subjectId: number;
  label: string;
  cited: CitedSource[];
  /** False where the card lists the sources itself (an outcome's "Reported by"). */
  listed: boolean;
  /** The page with this claim's editor open, for those who may change it. */
  openHref: string | null;
  /** Drawn in place of the link: the claim's editor, when it is open. */
  children?: React.ReactNode;
}) {
  return (
    <div id={citationAnchor(claim, subjectId)} className="mt-1 text-sm">
      <p className={listed ? "text-slate-600" : "sr-only"} data-testid={`cited-${claim}-${subjectId}`}>
        {cited.length ? (
          <>
            <span className="sr-only">Sources for {label}: </span>
            {cited.map((s, i) => (
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
      {children}
      {openHref && !children ? (
        <a href={openHref} className="link">
          Cite sources<span className="sr-only"> for {label}</span>
        </a>
      ) : null}
    </div>
  );
}
