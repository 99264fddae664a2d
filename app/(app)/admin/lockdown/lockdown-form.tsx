"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { LOCKDOWN_LABELS, LOCKDOWN_MODES, type LockdownMode } from "@/domain/lockdown";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { setLockdownAction } from "./actions";

/** Chooses the workspace's lockdown mode. */
export function LockdownForm({ mode }: { mode: LockdownMode }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<LockdownMode>(mode);
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await setLockdownAction({ mode: chosen });
    setPending(false);
    setAnswer(result.ok ? { ok: true, message: result.message ?? "Saved." } : { ok: false, message: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <form method="post" onSubmit={save} className="space-y-4" aria-label="Lockdown">
      {answer?.ok === false ? <FormError message={answer.message} /> : null}
      <FormSuccess message={answer?.ok ? answer.message : null} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">The workspace is</legend>
        <div className="space-y-2">
          {LOCKDOWN_MODES.map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm">
              <input type="radio" name="mode" value={m} className="h-4 w-4" checked={chosen === m} onChange={() => setChosen(m)} />
              {LOCKDOWN_LABELS[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant={chosen === "off" ? "primary" : "danger"} disabled={pending || chosen === mode}>
        {pending ? "Switching…" : "Switch"}
      </Button>
    </form>
  );
}
