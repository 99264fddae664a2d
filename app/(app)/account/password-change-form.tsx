"use client";

import { useState } from "react";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { PASSWORD_HINT, passwordChangeSchema } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { changeOwnPasswordAction } from "./actions";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

export function PasswordChangeForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(passwordChangeSchema, EMPTY);
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await changeOwnPasswordAction(values);
    if (result && !result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <FormError message={formError} />
      <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
        <input id="currentPassword" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!errors.currentPassword} {...register("currentPassword")} />
      </Field>
      <Field id="password" label="New password" hint={PASSWORD_HINT} error={errors.password?.message}>
        <input id="password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.password} aria-describedby="password-hint" {...register("password")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={errors.confirmPassword?.message}>
        <input id="confirmPassword" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.confirmPassword} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
