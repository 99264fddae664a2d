"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { CASE_STATUS_LABELS, type CaseStatus } from "@/domain/case-status";
import { statusChangeSchema } from "@/domain/schemas/case";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { DateField, SelectField, TextArea } from "@/app/_components/form-fields";
import { changeCaseStatusAction } from "../actions";

function blankMove(toStatus: CaseStatus | undefined) {
  return { toStatus, occurredOn: todayIso(), note: "", noteConfidential: false };
}

export function StatusChangeForm({ caseId, nextStatuses }: { caseId: number; nextStatuses: readonly CaseStatus[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm(statusChangeSchema, blankMove(nextStatuses[0]));
  const { handleSubmit, formState, reset } = form;
  // A saved move changes which statuses may come next. The form starts afresh from them but
  // stays mounted, so its confirmation outlives the page's refresh.
  const choices = nextStatuses.join(",");
  useEffect(() => {
    reset(blankMove(choices.split(",")[0] as CaseStatus));
  }, [choices]);
  const { isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await changeCaseStatusAction(caseId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    setDone(result.message ?? "Status updated.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Change status">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <SelectField form={form} name="toStatus" label="New status">
        {nextStatuses.map((s) => (
          <option key={s} value={s}>
            {CASE_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <DateField
        form={form}
        name="occurredOn"
        label="Date it happened"
        max={todayIso()}
        hint="Backdate it if it happened earlier: the move takes its place in the history by this date, and the case's status becomes the one chosen here even when a later move is already recorded."
      />
      <TextArea form={form} name="note" label="Note (optional)" hint="What happened, and where you read it." rows={3} />
      <ConfidentialCheckbox form={form} name="noteConfidential" of="note" detail="The move itself stays on the case's record." />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Change status"}
      </Button>
    </form>
  );
}
