"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { ASK_CHANNELS, ASK_CHANNEL_LABELS, updateAskSchema, type UpdateAskFormInput } from "@/domain/schemas/ask";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, FormError } from "@/app/_components/ui";
import { DateField, SelectField, TextArea, TextField } from "@/app/_components/form-fields";
import { updateAskAction } from "../../actions";

interface Props {
  askId: number;
  caseId: number;
  owners: { id: number; name: string }[];
  ownerMissing: boolean;
  defaultValues: UpdateAskFormInput;
}

const FIELD_LABELS: Record<string, string> = {
  text: "What was asked",
  officeAtTime: "Office at the time",
  channel: "Channel",
  madeOn: "Date made",
  followUpOn: "Follow-up date",
  ownerId: "Owner",
  confidential: "Confidential",
};

export function EditAskForm({ askId, caseId, owners, ownerMissing, defaultValues }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(updateAskSchema, defaultValues);
  const { register, handleSubmit, formState } = form;
  const { isSubmitting } = formState;
  const editConflict = useEditConflict(form, FIELD_LABELS, () => void onSubmit());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateAskAction(askId, values);
    if (editConflict.handle(result)) return;
    if (result.ok) {
      router.push(`/cases/${caseId}/asks`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    applyServerErrors(form, result);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormError message={formError} />
      {editConflict.notice}
      <input type="hidden" {...register("version")} />
      <TextArea form={form} name="text" label="What was asked" rows={4} required />
      <TextField
        form={form}
        name="officeAtTime"
        label="Office of the official at the time"
        hint="Correct it only if it was recorded wrongly."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={form} name="channel" label="Channel">
          {ASK_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {ASK_CHANNEL_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="ownerId" label="Owner">
          {ownerMissing ? <option value={String(defaultValues.ownerId)}>(former owner, no longer active)</option> : null}
          {defaultValues.ownerId === "" ? <option value="">Choose an owner…</option> : null}
          {owners.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <DateField form={form} name="madeOn" label="Date made" />
        <DateField form={form} name="followUpOn" label="Follow-up date (optional)" />
      </div>
      <ConfidentialCheckbox form={form} name="confidential" />
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save ask"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
