import { z } from "zod";
import { CASE_STATUSES, type CaseStatus } from "../case-status";
import { PRIORITIES, type Priority } from "./case";

export const CASE_SORTS = ["updated_desc", "updated_asc", "name_asc", "name_desc", "arrest_desc", "arrest_asc"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const CASE_SORT_LABELS: Record<CaseSort, string> = {
  updated_desc: "Last change, newest first",
  updated_asc: "Last change, oldest first",
  name_asc: "Name, A to Z",
  name_desc: "Name, Z to A",
  arrest_desc: "Arrest date, newest first",
  arrest_asc: "Arrest date, oldest first",
};

/** The reader's own cases: those they own, or those they watch. */
export const CASE_FOLLOWS = ["mine", "watching"] as const;
export type CaseFollow = (typeof CASE_FOLLOWS)[number];
export const CASE_FOLLOW_LABELS: Record<CaseFollow, string> = { mine: "Cases I own", watching: "Cases I watch" };

/** The case list's filters, as the URL carries them; every field optional. */
export interface CaseListQuery {
  status?: CaseStatus;
  country?: string;
  tag?: string;
  priority?: Priority;
  owner?: number;
  follow?: CaseFollow;
  sort: CaseSort;
  page: number;
}

// Each field falls back to "no filter" on a value it does not know, so an old or
// hand-edited link still opens the list instead of failing.
const text = z
  .string()
  .trim()
  .max(100)
  .transform((v) => v || undefined)
  .optional()
  .catch(undefined);

const caseListQuerySchema = z.object({
  status: z.enum(CASE_STATUSES).optional().catch(undefined),
  country: text,
  tag: text,
  priority: z.enum(PRIORITIES).optional().catch(undefined),
  owner: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
  follow: z.enum(CASE_FOLLOWS).optional().catch(undefined),
  sort: z.enum(CASE_SORTS).catch("updated_desc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Parses search params into list filters; unknown or malformed values are ignored. */
export function parseCaseListQuery(params: RawParams): CaseListQuery {
  const get = (key: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const v = params[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const raw = Object.fromEntries(
    ["status", "country", "tag", "priority", "owner", "follow", "sort", "page"].map((k) => [k, emptyToUndefined(get(k))]),
  );
  return caseListQuerySchema.parse(raw) as CaseListQuery;
}

function emptyToUndefined(v: string | undefined) {
  return v === undefined || v.trim() === "" ? undefined : v;
}

/** The query string for a list (page left out unless asked), for links and exports. */
export function caseListSearch(q: Partial<CaseListQuery>, opts: { page?: number } = {}): string {
  const p = new URLSearchParams();
  if (q.status) p.set("status", q.status);
  if (q.country) p.set("country", q.country);
  if (q.tag) p.set("tag", q.tag);
  if (q.priority) p.set("priority", q.priority);
  if (q.owner) p.set("owner", String(q.owner));
  if (q.follow) p.set("follow", q.follow);
  if (q.sort && q.sort !== "updated_desc") p.set("sort", q.sort);
  if (opts.page && opts.page > 1) p.set("page", String(opts.page));
  return p.toString();
}

/** The filters in effect, for the audit trail (no defaults, no page). */
export function describeFilters(q: CaseListQuery): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of ["status", "country", "tag", "priority", "owner", "follow"] as const) {
    const v = q[k];
    if (v !== undefined) out[k] = v;
  }
  out.sort = q.sort;
  return out;
}
