import type { CsvCell } from "../csv-safety";

export const ASK_CSV_HEADERS = [
  "Case",
  "Case slug",
  "Official",
  "Office at the time",
  "Ask",
  "Channel",
  "Made on",
  "Follow up on",
  "Owner",
  "Status",
  "Logged",
] as const;

export interface ExportableAsk {
  casePersonName: string;
  caseSlug: string;
  officialName: string;
  officeAtTime: string;
  text: string;
  channel: string;
  madeOn: string | null;
  followUpOn: string | null;
  ownerName: string | null;
  status: string;
  createdAt: string;
}

/** One ask as a row of the export, in ASK_CSV_HEADERS order. */
export function askCsvRecord(a: ExportableAsk): CsvCell[] {
  return [
    a.casePersonName,
    a.caseSlug,
    a.officialName,
    a.officeAtTime,
    a.text,
    a.channel,
    a.madeOn,
    a.followUpOn,
    a.ownerName,
    a.status,
    a.createdAt,
  ];
}
