import { citationAnchor, type ClaimKind } from "@/domain/citation-claims";
import { CiteSourcesForm } from "./cite-sources-editor";
import { CitationLine, type CitedSource } from "./citation-line";

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
  cited: CitedSource[];
  writable: boolean;
  /** The page's address with this claim's editor open, and without it. */
  openHref: string;
  closeHref: string;
  /** The case's sources the reader may see, when this claim's editor is open. */
  choices: CitedSource[] | null;
  /** False where the card lists the sources itself (an outcome's "Reported by"). */
  listed?: boolean;
}

/**
 * The sources cited for one claim, and for those who may write, the way to change them:
 * the claim's editor when it is open, else a link that opens it (and lands on the claim).
 *
 * A function that returns the client line, not a server component: a server component
 * handed to a client list (a case's status history) is sent as a payload row of its own,
 * one per claim. The ask and outcome cards draw their lines themselves, from their rows.
 */
export function citedSourcesFor({ caseId, claim, subjectId, label, cited, writable, openHref, closeHref, choices, listed = true }: Props) {
  if (!listed && !writable) return null;
  return (
    <CitationLine
      claim={claim}
      subjectId={subjectId}
      label={label}
      cited={cited}
      listed={listed}
      openHref={writable ? `${openHref}#${citationAnchor(claim, subjectId)}` : null}
    >
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
      ) : null}
    </CitationLine>
  );
}
