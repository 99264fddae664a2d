"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ASK_STATUS_LABELS, type AskStatus } from "@/lib/domain/ask-status";
import { askStatusMoveSchema } from "@/lib/validation/ask";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { changeAskStatusAction } from "./actions";

/**
 * "Move status…" under each ask; the form itself is drawn only when asked for. A case with
 * thirty asks would otherwise render thirty forms on the server for every visit, most of
 * them never used.
 */
export function AskStatusMove({ askId, nextStatuses }: { askId: number; nextStatuses: readonly AskStatus[] }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" variant="secondary" className="mt-3" onClick={() => setOpen(true)}>
        Move status…
      </Button>
    );
  }
  return <AskStatusForm askId={askId} nextStatuses={nextStatuses} onCancel={() => setOpen(false)} />;
}

function AskStatusForm({ askId, nextStatuses, onCancel }: { askId: number; nextStatuses: readonly AskStatus[]; onCancel: () => void }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(askStatusMoveSchema, { toStatus: nextStatuses[0], note: "" });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;
  const id = (name: string) => `ask-${askId}-${name}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeAskStatusAction(askId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2 rounded-md bg-slate-50 p-3" aria-label="Move status">
      <FormError message={formError} />
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <Field id={id("toStatus")} label="New status" error={errors.toStatus?.message}>
          {/* Opened on request, so the first choice takes the focus. */}
          <select id={id("toStatus")} autoFocus className={inputClass} aria-invalid={!!errors.toStatus} {...register("toStatus")}>
            {nextStatuses.map((s) => (
              <option key={s} value={s}>
                {ASK_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("note")} label="Note (optional)" error={errors.note?.message}>
          <input id={id("note")} type="text" className={inputClass} aria-invalid={!!errors.note} {...register("note")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Move status"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
