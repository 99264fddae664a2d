/** Where the edit page may send the editor back to: only Vigil's own source lists. */
export function safeReturnTo(raw: unknown): string {
  return typeof raw === "string" && /^\/(sources|cases\/[1-9]\d{0,15}\/sources)$/.test(raw) ? raw : "/sources";
}

/** A plain link: lists show dozens of sources, and a prefetching Link each would cost a request. */
export function EditSourceLink({ sourceId, title, returnTo }: { sourceId: number; title: string; returnTo: string }) {
  return (
    <a
      href={`/sources/${sourceId}/edit?from=${encodeURIComponent(returnTo)}`}
      className="rounded border border-slate-300 px-2 py-0.5 text-xs font-semibold text-slate-700 hover:bg-slate-100"
    >
      Edit<span className="sr-only"> {title}</span>
    </a>
  );
}
