import type { Source } from "@/db/schema";
import { isWebUrl } from "@/domain/url";
import { sourceTypeLabel } from "@/domain/schemas/source";
import { formatDate } from "@/domain/format-date";

/**
 * A source as every source list shows it, built on the server and drawn by a client
 * component (app/(app)/sources/source-details.tsx); only what is shown is here.
 */
export interface SourceView {
  id: number;
  title: string;
  /** Outlet and date published, e.g. "BBC News · 31 Aug 2020". */
  byline: string;
  confidential: boolean;
  typeLabel: string;
  excerpt: string | null;
  notes: string | null;
  /** The address, only when it is http(s): anything else is never a link. */
  link: string | null;
}

export function sourceView(source: Source): SourceView {
  return {
    id: source.id,
    title: source.title,
    byline: [source.outlet || null, source.publishedOn ? formatDate(source.publishedOn) : "Date not known"].filter(Boolean).join(" · "),
    confidential: source.confidential,
    typeLabel: sourceTypeLabel(source.type),
    excerpt: source.excerpt || null,
    notes: source.notes || null,
    link: isWebUrl(source.url) ? source.url : null,
  };
}
