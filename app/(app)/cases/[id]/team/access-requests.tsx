"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, FormError, FormSuccess, formatDateTime } from "@/app/_components/ui";
import { resolveAccessRequestAction } from "./actions";

interface Request {
  id: number;
  name: string;
  reason: string;
  requestedAt: string;
}

/** Admins outside the team asking to join it; anyone on the team who writes grants or declines. */
export function AccessRequests({ requests }: { requests: Request[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function answer(id: number, grant: boolean) {
    setBusy(true);
    setError(null);
    const result = await resolveAccessRequestAction(id, grant);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setMessage(result.message ?? null);
    router.refresh();
  }

  return (
    <div className="space-y-3 text-sm">
      <FormError message={error} />
      <FormSuccess message={message} />
      {requests.length === 0 ? (
        <p className="text-slate-600">No one is waiting for access to this case.</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 p-3">
              <p>
                <strong>
                  <bdi>{r.name}</bdi>
                </strong>{" "}
                asked on <time dateTime={r.requestedAt}>{formatDateTime(r.requestedAt)}</time>:
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-800" dir="auto">
                {r.reason}
              </p>
              <div className="mt-2 flex gap-2">
                <Button type="button" disabled={busy} onClick={() => answer(r.id, true)} aria-label={`Grant ${r.name} access`}>
                  Grant access
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={busy}
                  onClick={() => answer(r.id, false)}
                  aria-label={`Decline ${r.name}`}
                >
                  Decline
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
