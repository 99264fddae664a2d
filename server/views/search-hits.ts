import type { SearchHit } from "@/db/queries/search";
import { splitSnippet } from "@/domain/search-query";
import { outcomeTypeLabel } from "@/domain/schemas/outcome";
import { CASE_STATUS_LABELS, isCaseStatus } from "@/domain/case-status";

/**
 * A search result as the results page shows it. Built on the server, drawn by a client
 * component (see app/(app)/search/search-hits.tsx); only what is shown is here.
 */
export interface SearchHitView {
  /** Unique on the page: kinds share ids. */
  key: string;
  href: string;
  title: string;
  context: string;
  /** Text around the matched words, marked with MATCH_START/MATCH_END (see splitSnippet). */
  snippet: string;
}

/** Where a result leads: the record itself, or the case tab that shows it. */
function hitHref(hit: SearchHit, writer: boolean): string {
  switch (hit.kind) {
    case "case":
      return `/cases/${hit.id}`;
    case "person":
      return `/people/${hit.id}`;
    case "source":
      if (writer) return `/sources/${hit.id}/edit${hit.caseId ? `?from=${encodeURIComponent(`/cases/${hit.caseId}/sources`)}` : ""}`;
      return hit.caseId ? `/cases/${hit.caseId}/sources` : "/sources";
    case "ask":
    case "outcome":
    case "ask_move_note":
      return `/cases/${hit.caseId}/asks`;
    case "note":
    case "status_note":
      return `/cases/${hit.caseId}`;
  }
}

function hitTitle(hit: SearchHit): string {
  switch (hit.kind) {
    case "ask":
      return `Ask to ${hit.title}`;
    case "outcome":
      return outcomeTypeLabel(hit.title);
    case "note":
      return `Note on the case of ${hit.title}`;
    case "status_note":
      return `Status change on the case of ${hit.title}`;
    case "ask_move_note":
      return `Move of the ask to ${hit.title}`;
    default:
      return hit.title;
  }
}

function hitContext(hit: SearchHit): string {
  if (hit.kind === "ask" || hit.kind === "outcome" || hit.kind === "ask_move_note") return hit.context ? `Case of ${hit.context}` : "";
  if (hit.kind === "status_note") return isCaseStatus(hit.context) ? `Moved to ${CASE_STATUS_LABELS[hit.context]}` : "";
  // A case found by its title already shows the title as its snippet.
  if (
    splitSnippet(hit.snippet)
      .map((part) => part.text)
      .join("") === hit.context
  )
    return "";
  return hit.context;
}

export function searchHitView(hit: SearchHit, writer: boolean): SearchHitView {
  return { key: `${hit.kind}-${hit.id}`, href: hitHref(hit, writer), title: hitTitle(hit), context: hitContext(hit), snippet: hit.snippet };
}
