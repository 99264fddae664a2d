"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useZodForm } from "@/app/_components/use-zod-form";
import { CASE_STATUS_LABELS, type CaseStatus } from "@/domain/case-status";
import { statusChangeSchema } from "@/domain/schemas/case";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, inputClass, FormSuccess } from "@/app/_components/ui";
import { changeCaseStatusAction } from "../actions";

export function StatusChangeForm({ caseId, nextStatuses }: { caseId: number; nextStatuses: readonly CaseStatus[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useZodForm(statusChangeSchema, { toStatus: nextStatuses[0], note: "", noteConfidential: false });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await changeCaseStatusAction(caseId, values);
    if (!result.ok) {
      setFormError(result.error);
      return;
    }
    setDone(result.message ?? "Status updated.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Change status">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <Field id="toStatus" label="New status" error={errors.toStatus?.message}>
        <select id="toStatus" className={inputClass} {...register("toStatus")}>
          {nextStatuses.map((s) => (
            <option key={s} value={s}>
              {CASE_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="note" label="Note (optional)" hint="What happened, and where you read it." error={errors.note?.message}>
        <textarea id="note" rows={3} className={inputClass} aria-describedby="note-hint" {...register("note")} />
      </Field>
      <ConfidentialCheckbox id="noteConfidential" of="note" detail="The move itself stays on the case's record." {...register("noteConfidential")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Change status"}
      </Button>
    </form>
  );
}
