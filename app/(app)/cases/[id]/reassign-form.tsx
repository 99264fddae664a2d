"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { caseOwnerSchema } from "@/domain/schemas/case-following";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { SelectField } from "@/app/_components/form-fields";
import { reassignCaseAction } from "./following-actions";

interface Props {
  caseId: number;
  version: number;
  ownerId: number | null;
  candidates: { id: number; name: string }[];
}

/** Gives the case to another campaigner or admin who can see it. */
export function ReassignForm({ caseId, version, ownerId, candidates }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const others = candidates.filter((c) => c.id !== ownerId);
  const form = useZodForm(caseOwnerSchema, { ownerId: "", version });
  const { handleSubmit, formState, reset } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await reassignCaseAction(caseId, { ...values, version });
    if (!result.ok) {
      setFormError(result.conflict ? "Someone changed this case since you opened it: check its owner now and choose again." : result.error);
      applyServerErrors(form, result);
      if (result.conflict) router.refresh();
      return;
    }
    setDone(result.message ?? "Saved.");
    reset({ ownerId: "", version: result.data.version });
    router.refresh();
  });

  if (others.length === 0) return <p className="text-sm text-slate-600">Nobody else who can see this case could own it.</p>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Reassign this case">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <SelectField form={form} name="ownerId" label="Give this case to" hint="They start watching it and are told.">
        <option value="">Choose a colleague…</option>
        {others.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Reassign"}
      </Button>
    </form>
  );
}
