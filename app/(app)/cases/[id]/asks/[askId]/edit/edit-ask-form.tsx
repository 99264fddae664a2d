"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldPath } from "react-hook-form";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { useEditConflict } from "@/app/_components/use-edit-conflict";
import { ASK_CHANNELS, ASK_CHANNEL_LABELS, updateAskSchema, type UpdateAskFormInput } from "@/domain/schemas/ask";
import { ConfidentialCheckbox } from "@/app/_components/confidential-checkbox";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
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
  const { errors, isSubmitting } = formState;
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

  const err = (name: FieldPath<UpdateAskFormInput>) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const a11y = (name: FieldPath<UpdateAskFormInput>) => ({
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `${name}-error` : undefined,
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormError message={formError} />
      {editConflict.notice}
      <input type="hidden" {...register("version")} />
      <Field id="text" label="What was asked" error={err("text")}>
        <textarea id="text" rows={4} className={inputClass} {...a11y("text")} {...register("text")} />
      </Field>
      <Field id="officeAtTime" label="Office of the official at the time" hint="Correct it only if it was recorded wrongly." error={err("officeAtTime")}>
        <input id="officeAtTime" type="text" className={inputClass} aria-describedby="officeAtTime-hint" {...register("officeAtTime")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="channel" label="Channel" error={err("channel")}>
          <select id="channel" className={inputClass} {...a11y("channel")} {...register("channel")}>
            {ASK_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {ASK_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ownerId" label="Owner" error={err("ownerId")}>
          <select id="ownerId" className={inputClass} {...a11y("ownerId")} {...register("ownerId")}>
            {ownerMissing ? <option value={String(defaultValues.ownerId)}>(former owner, no longer active)</option> : null}
            {defaultValues.ownerId === "" ? <option value="">Choose an owner…</option> : null}
            {owners.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="madeOn" label="Date made" error={err("madeOn")}>
          <input id="madeOn" type="date" className={inputClass} {...a11y("madeOn")} {...register("madeOn")} />
        </Field>
        <Field id="followUpOn" label="Follow-up date (optional)" error={err("followUpOn")}>
          <input id="followUpOn" type="date" className={inputClass} {...a11y("followUpOn")} {...register("followUpOn")} />
        </Field>
      </div>
      <ConfidentialCheckbox id="confidential" {...register("confidential")} />
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
