/**
 * Dates as every page shows them ("3 Mar 2024", "3 Mar 2024, 14:05 UTC"), always in UTC
 * so the same record reads the same for everyone. Pages and the server-built views of
 * client-drawn lists (server/views) format on the server: a browser's date names can differ.
 */

// Built once: toLocaleDateString with options builds a new formatter on every call, which
// on a page of a hundred dates costs more than the page's database queries.
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return DATE_FORMAT.format(d);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${DATE_TIME_FORMAT.format(d)} UTC`;
}
