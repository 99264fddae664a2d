"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, FormError, FormSuccess, formatDateTime, inputClass } from "@/app/_components/ui";
import { joinTeamAsAdminAction, requestCaseAccessAction } from "./actions";

/** One restricted case, by number: ask its team for access, or join it. */
export function HiddenCaseRow({ caseId, requestedAt }: { caseId: number; requestedAt: string | null }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = `reason-${caseId}`;

  async function ask(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await requestCaseAccessAction(caseId, { reason });
    setBusy(false);
    if (!result.ok) {
      setReasonError(result.fieldErrors?.reason?.[0] ?? null);
      return setError(result.fieldErrors?.reason ? null : result.error);
    }
    setReasonError(null);
    setMessage(result.message ?? null);
    router.refresh();
  }

  async function join() {
    setBusy(true);
    setError(null);
    const result = await joinTeamAsAdminAction(caseId);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    router.push(`/cases/${caseId}/team`);
  }

  return (
    <li className="space-y-2 py-3 text-sm">
      <h3 className="font-semibold text-slate-900">Restricted case #{caseId}</h3>
      <div aria-live="polite">
        <FormError message={error} />
        <FormSuccess message={message} />
      </div>
      {requestedAt ? (
        <p className="text-slate-700">
          You asked its team for access on <time dateTime={requestedAt}>{formatDateTime(requestedAt)}</time>; they have not answered yet.
        </p>
      ) : (
        <form method="post" onSubmit={ask} className="flex flex-wrap items-end gap-2" aria-label={`Request access to case #${caseId}`}>
          <div className="min-w-64 flex-1">
            <label htmlFor={reasonId} className="block font-medium text-slate-800">
              Why you need access (the team reads this)
            </label>
            <input
              id={reasonId}
              className={inputClass}
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={busy}>
            Request access
          </Button>
          {reasonError ? (
            <p id={`${reasonId}-error`} role="alert" className="w-full font-medium text-red-700">
              {reasonError}
            </p>
          ) : null}
        </form>
      )}
      <Button type="button" variant="secondary" disabled={busy} onClick={join}>
        Add myself to the team
      </Button>
    </li>
  );
}
