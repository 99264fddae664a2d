"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ASK_STATUS_LABELS, type AskStatus } from "@/domain/ask-status";
import { askStatusMoveSchema } from "@/domain/schemas/ask";
import { todayIso } from "@/domain/schemas/fields";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, ButtonLink, FormError } from "@/app/_components/ui";
import { DateField, SelectField, TextField } from "@/app/_components/form-fields";
import { changeAskStatusAction } from "./actions";

/**
 * The form behind an ask's "Move status…" link (`?move=<ask id>`): the page draws it for
 * that one ask only, so a case with thirty asks does not carry thirty forms. Saving or
 * cancelling goes back to the page without it.
 */
export function AskStatusForm({
  askId,
  nextStatuses,
  closeHref,
}: {
  askId: number;
  nextStatuses: readonly AskStatus[];
  closeHref: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(askStatusMoveSchema, {
    toStatus: nextStatuses[0],
    occurredOn: todayIso(),
    note: "",
    noteConfidential: false,
  });
  const { handleSubmit, formState } = form;
  const { isSubmitting } = formState;
  const id = (name: string) => `ask-${askId}-${name}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeAskStatusAction(askId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    router.replace(closeHref, { scroll: false });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-2 rounded-md bg-slate-50 p-3" aria-label="Move status">
      <FormError message={formError} />
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        {/* Opened on request, so the first choice takes the focus. */}
        <SelectField form={form} name="toStatus" id={id("toStatus")} label="New status" autoFocus>
          {nextStatuses.map((s) => (
            <option key={s} value={s}>
              {ASK_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="note" id={id("note")} label="Note (optional)" />
        <DateField
          form={form}
          name="occurredOn"
          id={id("occurredOn")}
          label="Date it happened"
          max={todayIso()}
          hint="Backdate it if the reply came earlier; the ask's status becomes the one chosen here."
        />
      </div>
      <ConfidentialCheckbox
        form={form}
        name="noteConfidential"
        id={id("noteConfidential")}
        of="note"
        detail="The move itself stays on the ask's record."
      />
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Move status"}
        </Button>
        <ButtonLink href={closeHref} variant="secondary" scroll={false} prefetch={false}>
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
