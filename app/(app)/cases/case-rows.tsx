"use client";

import { PersonName } from "@/app/_components/person-name";
import { StatusBadge } from "@/app/_components/status-badge";
import type { CaseRowView } from "@/server/views/case-rows";

// Drawn from server-built rows in a client component so the page's React payload carries
// each case's fields once, not every cell and class of its row (README "Performance").
export function CaseRows({ cases }: { cases: CaseRowView[] }) {
  return (
    <tbody className="divide-y divide-slate-100">
      {cases.map((c) => (
        <tr key={c.id}>
          <td>
            {/* A plain link: fifty prefetching Links cost the server fifty requests per list view. */}
            <a href={`/cases/${c.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              <bdi>
                <PersonName personName={c.personName} nativeName={c.nativeName} />
              </bdi>
            </a>
            <div className="text-slate-600">{c.title}</div>
          </td>
          <td>{c.country}</td>
          <td>
            <StatusBadge status={c.status} />
          </td>
          <td>{c.priority}</td>
          <td className="whitespace-nowrap">{c.arrested}</td>
          <td>
            <bdi>{c.ownerName}</bdi>
          </td>
          <td className="whitespace-nowrap">{c.updatedOn}</td>
        </tr>
      ))}
    </tbody>
  );
}
