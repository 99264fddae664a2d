"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { unlinkSourceAction } from "@/app/(app)/sources/actions";

/** Removes the link only: the source stays in Vigil and on its other cases. */
export function UnlinkSourceButton({ caseId, sourceId, title }: { caseId: number; sourceId: number; title: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setBusy(true);
    setError(null);
    const result = await unlinkSourceAction(caseId, sourceId);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.refresh();
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={onClick}
        disabled={busy}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs font-semibold text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      >
        {busy ? "Unlinking…" : "Unlink"}
        <span className="sr-only"> {title} from this case</span>
      </button>
      {error ? (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
