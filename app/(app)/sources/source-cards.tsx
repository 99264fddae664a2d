"use client";

import { UnlinkSourceButton } from "@/app/(app)/cases/[id]/sources/unlink-source-button";
import type { SourceView } from "@/server/views/sources";
import { EditSourceLink } from "./edit-source-link";
import { SourceDetails } from "./source-details";

/**
 * A list of source cards with, for those who may change them, an edit link (back to
 * `returnTo`) and on a case's tab an unlink button. Drawn in the browser's bundle from
 * server-built rows, so a page of sources does not send each card's actions as elements.
 */
export function SourceCards({
  label,
  sources,
  editable,
  returnTo,
  unlinkFromCaseId,
}: {
  label: string;
  sources: (SourceView & { cases?: { id: number; personName: string }[] })[];
  editable: boolean;
  returnTo: string;
  unlinkFromCaseId?: number;
}) {
  return (
    <ul aria-label={label} className="space-y-3">
      {sources.map((s) => (
        <li key={s.id}>
          <SourceDetails
            source={s}
            cases={s.cases}
            actions={
              editable ? (
                <>
                  <EditSourceLink sourceId={s.id} title={s.title} returnTo={returnTo} />
                  {unlinkFromCaseId ? <UnlinkSourceButton caseId={unlinkFromCaseId} sourceId={s.id} title={s.title} /> : null}
                </>
              ) : null
            }
          />
        </li>
      ))}
    </ul>
  );
}
