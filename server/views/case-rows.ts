import type { listCases } from "@/db/queries/cases";
import { PRIORITY_LABELS } from "@/domain/schemas/case";
import { formatDate } from "@/domain/format-date";

/**
 * A row of the case list as it is shown, built on the server and drawn by a client
 * component (app/(app)/cases/case-rows.tsx); only what is shown is here.
 */
export interface CaseRowView {
  id: number;
  personName: string;
  nativeName: string;
  title: string;
  country: string;
  status: string;
  priority: string;
  arrested: string;
  ownerName: string;
  updatedOn: string;
}

export function caseRowView(row: ReturnType<typeof listCases>["rows"][number]): CaseRowView {
  return {
    id: row.id,
    personName: row.personName,
    nativeName: row.nativeName,
    title: row.title,
    country: row.country,
    status: row.status,
    priority: PRIORITY_LABELS[row.priority],
    arrested: formatDate(row.arrestDate),
    ownerName: row.ownerName ?? "—",
    updatedOn: formatDate(row.updatedAt),
  };
}
