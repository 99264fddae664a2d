"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, FormError, formatDate, inputClass } from "@/app/_components/ui";
import { archiveCaseAction, deleteCaseAction, restoreCaseAction } from "./archive-actions";

interface Props {
  caseId: number;
  personName: string;
  archivedAt: string | null;
  isAdmin: boolean;
}

/** Archive and restore for campaigners; permanent deletion of an archived case for admins. */
export function ArchivePanel({ caseId, personName, archivedAt, isAdmin }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmName, setConfirmName] = useState("");

  async function run(action: () => ReturnType<typeof archiveCaseAction>, after?: string) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (after) router.push(after);
    router.refresh();
  }

  if (!archivedAt) {
    return (
      <div className="space-y-3 text-sm">
        <FormError message={error} />
        <p className="text-slate-700">Archiving hides the case from lists and the dashboard. Nothing is deleted, and it can be restored.</p>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => run(() => archiveCaseAction(caseId))}>
          Archive case
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4 text-sm">
      <FormError message={error} />
      <p className="text-slate-700">Archived on {formatDate(archivedAt)}. Restoring brings it back to lists and the dashboard.</p>
      <Button type="button" disabled={busy} onClick={() => run(() => restoreCaseAction(caseId))}>
        Restore case
      </Button>
      {isAdmin ? (
        <form
          method="post"
          className="space-y-2 border-t border-slate-200 pt-4"
          aria-label="Delete case permanently"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => deleteCaseAction(caseId, { confirmName }), "/cases");
          }}
        >
          <p className="font-semibold text-red-800">Delete permanently</p>
          <p className="text-slate-700">
            This removes the case, its status history, notes, contacts, asks and outcomes, and its confidential sources, for good. Sources
            and officials other cases use stay. The audit log keeps who changed what and when, with the values of confidential records
            removed, and records the deletion.
          </p>
          <label htmlFor="confirm-name" className="block font-medium">
            Type <bdi className="font-bold">{personName}</bdi> to confirm
          </label>
          <input
            id="confirm-name"
            className={inputClass}
            value={confirmName}
            onChange={(e) => setConfirmName(e.target.value)}
            autoComplete="off"
          />
          <Button type="submit" variant="danger" disabled={busy || confirmName.trim() !== personName}>
            Delete case permanently
          </Button>
        </form>
      ) : null}
    </div>
  );
}
