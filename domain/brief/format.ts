import { CASE_STATUS_LABELS, isCaseStatus } from "../case-status";
import { ASK_STATUS_LABELS, CLOSED_ASK_STATUSES, isAskStatus } from "../ask-status";
import type { BriefData } from "./model";
import { CONFIDENTIAL_MARKING } from "./model";

// How the brief words and dates what it prints, and names its file.

/** An ask is open until the official has fulfilled or declined it (domain/ask-status.ts). */
export function isOpenAskStatus(status: string): boolean {
  return !(CLOSED_ASK_STATUSES as readonly string[]).includes(status);
}

export function humanize(value: string): string {
  const s = value
    .replace(/[_-]+/g, " ")
    .trim()
    .replace(/\b(ngo|un|eu|us|uk)\b/gi, (m) => m.toUpperCase());
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function statusLabel(status: string): string {
  if (isCaseStatus(status)) return CASE_STATUS_LABELS[status];
  if (isAskStatus(status)) return ASK_STATUS_LABELS[status];
  return humanize(status);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-08-11" → "11 Aug 2022"; timestamps use their date part. */
export function formatBriefDate(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Citation marks for source numbers: [2], [1][4], or [3–7] for a run of three or more. */
export function citeMarks(numbers: number[]): string {
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: { first: number; last: number }[] = [];
  for (const n of unique) {
    const run = runs.at(-1);
    if (run && n === run.last + 1) run.last = n;
    else runs.push({ first: n, last: n });
  }
  return runs
    .map(({ first, last }) => (last - first >= 2 ? `[${first}–${last}]` : first === last ? `[${first}]` : `[${first}][${last}]`))
    .join("");
}

// A claim's sources ride in its text as a mark of their ids until the whole brief is
// composed; then numbering.ts numbers them in reading order and writes the citation
// marks. Private-use characters, so no text a campaigner types can forge one.
const CITE_OPEN = "\uE000";
const CITE_CLOSE = "\uE001";
export const CITE_MARK = /\uE000([\d,]*)\uE001/g;

/** A claim: its text and the ids of the sources that support it (none: the claim is unsourced). */
export function withCites(text: string, sourceIds: number[]): string {
  return `${text}${CITE_OPEN}${sourceIds.join(",")}${CITE_CLOSE}`;
}

/** The source ids in one cite mark's captured group. */
export function citedIds(group: string): number[] {
  return group ? group.split(",").map(Number) : [];
}

/**
 * A Content-Disposition value for a download. Header values must be ASCII, and slugs
 * may hold letters of any script, so the name is also given percent-encoded (RFC 6266)
 * with an ASCII fallback for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The version with confidential items says so in its name, so it is not sent on by mistake. */
export function briefFileBase(slug: string, today: string, confidential = false): string {
  return `${slug}-brief-${today}${confidential ? `-${CONFIDENTIAL_MARKING}` : ""}`;
}

export function briefFileName(slug: string, today: string, format: "pdf" | "docx", confidential = false): string {
  return `${briefFileBase(slug, today, confidential)}.${format}`;
}

export function outcomeText(o: BriefData["outcomes"][number]): string {
  return o.confidential ? `${o.description} (Confidential outcome.)` : o.description;
}
