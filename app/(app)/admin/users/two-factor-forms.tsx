"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { requireTwoFactorAction, resetUserTwoFactorAction } from "./actions";

// Sent by scripts, like the other admin forms on these pages.

/** Which roles must sign in with a second factor. */
export function TwoFactorPolicyForm({ required }: { required: readonly Role[] }) {
  const router = useRouter();
  const [roles, setRoles] = useState<Role[]>([...required]);
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await requireTwoFactorAction({ roles });
    setPending(false);
    setAnswer(result.ok ? { ok: true, message: result.message ?? "Saved." } : { ok: false, message: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <form method="post" onSubmit={save} className="space-y-3" aria-label="Require two-factor sign-in">
      {answer?.ok === false ? <FormError message={answer.message} /> : null}
      <FormSuccess message={answer?.ok ? answer.message : null} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Require two-factor sign-in for</legend>
        <div className="flex flex-wrap gap-4">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={roles.includes(role)}
                onChange={(e) => setRoles((now) => (e.target.checked ? [...now, role] : now.filter((r) => r !== role)))}
              />
              {`${ROLE_LABELS[role]}s`}
            </label>
          ))}
        </div>
        <p className="mt-2 text-xs text-slate-600">
          Anyone in these roles without it is sent to set it up before anything else, you included.
        </p>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save requirement"}
      </Button>
    </form>
  );
}

/** Takes a user's second factor away, for a lost phone and lost recovery codes. */
export function TwoFactorResetForm({ userId }: { userId: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);

  async function reset(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await resetUserTwoFactorAction(userId);
    setPending(false);
    setAnswer(result.ok ? { ok: true, message: result.message ?? "Reset." } : { ok: false, message: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <form method="post" onSubmit={reset} className="space-y-3" aria-label="Reset two-factor sign-in">
      {answer?.ok === false ? <FormError message={answer.message} /> : null}
      <FormSuccess message={answer?.ok ? answer.message : null} />
      <p className="text-sm text-slate-700">
        Only when the person has lost both their phone and their recovery codes, and you have checked it is them.
      </p>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Resetting…" : "Reset two-factor sign-in"}
      </Button>
    </form>
  );
}
