"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { PASSWORD_HINT, passwordChangeSchema } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { changeOwnPasswordAction } from "./actions";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

// Posts to its server action before scripts have run too; nothing typed comes back, as every field is a password.
export function PasswordChangeForm() {
  const [state, formAction, pending] = useActionState(changeOwnPasswordAction, null);
  const form = useZodForm(passwordChangeSchema, EMPTY);
  const { register, formState } = form;
  const onSubmit = submitWhenValid(form, formAction);
  const error = (name: keyof typeof EMPTY) => formState.errors[name]?.message ?? stateFieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <FormError message={stateError(state)} />
      <Field id="currentPassword" label="Current password" error={error("currentPassword")}>
        <input id="currentPassword" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!error("currentPassword")} {...register("currentPassword")} />
      </Field>
      <Field id="password" label="New password" hint={PASSWORD_HINT} error={error("password")}>
        <input id="password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("password")} aria-describedby="password-hint" {...register("password")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={error("confirmPassword")}>
        <input id="confirmPassword" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("confirmPassword")} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
