"use client";

import Link from "next/link";
import { PersonName } from "@/app/_components/person-name";

export interface PossibleDuplicate {
  id: number;
  personName: string;
  nativeName: string;
  archived: boolean;
}

/** Cases already known by one of the names typed: shown before the new case is saved. */
export function PossibleDuplicates({ duplicates }: { duplicates: readonly PossibleDuplicate[] }) {
  return (
    <div aria-live="polite">
      {duplicates.length > 0 ? (
        <section aria-labelledby="possible-duplicates-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="possible-duplicates-heading" className="font-semibold text-amber-900">
            This person may already have a case
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/cases/${d.id}`} className="text-brand-700 underline" target="_blank">
                  <PersonName personName={d.personName} nativeName={d.nativeName} />
                </Link>
                {d.archived ? " (archived)" : null}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-amber-900">Open it to check. If this is a different person, create the case anyway.</p>
        </section>
      ) : null}
    </div>
  );
}
