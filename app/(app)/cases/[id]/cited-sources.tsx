import Link from "next/link";
import type { ClaimKind } from "@/domain/citation-claims";
import { CiteSourcesForm } from "./cite-sources-editor";

interface Source {
  id: number;
  title: string;
  confidential: boolean;
}

/** `?cite=claim:id` opens the editor of one claim; the page reads the case's sources only then. */
export function openCitation(param: string | string[] | undefined): { claim: string; subjectId: number } | null {
  const m = typeof param === "string" ? /^([a-z_]+):([1-9]\d{0,15})$/.exec(param) : null;
  return m?.[1] && m[2] ? { claim: m[1], subjectId: Number(m[2]) } : null;
}

interface Props {
  caseId: number;
  claim: ClaimKind;
  subjectId: number;
  /** What the sources support, as the reader sees it: "the arrest". */
  label: string;
  cited: Source[];
  writable: boolean;
  /** The page's address with this claim's editor open, and without it. */
  openHref: string;
  closeHref: string;
  /** The case's sources the reader may see, when this claim's editor is open. */
  choices: Source[] | null;
  /** False where the card lists the sources itself (an outcome's "Reported by"). */
  listed?: boolean;
}

/** The sources cited for one claim, and for those who may write, the way to change them. */
export function CitedSources({ caseId, claim, subjectId, label, cited, writable, openHref, closeHref, choices, listed = true }: Props) {
  if (!listed && !writable) return null;
  return (
    <div id={`${claim}-${subjectId}-cites`} className="mt-1 text-sm">
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
      {writable && choices ? (
        <CiteSourcesForm
          caseId={caseId}
          claim={claim}
          subjectId={subjectId}
          label={label}
          sources={choices}
          cited={cited.map((s) => s.id)}
          closeHref={closeHref}
        />
      ) : writable ? (
        <Link href={openHref} scroll={false} className="font-medium text-brand-700 underline">
          Cite sources<span className="sr-only"> for {label}</span>
        </Link>
      ) : null}
    </div>
  );
}
