"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { PASSWORD_HINT, passwordChangeSchema } from "@/domain/schemas/user";
import { Button, FormError } from "@/app/_components/ui";
import { TextField } from "@/app/_components/form-fields";
import { changeOwnPasswordAction } from "./actions";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

// Posts to its server action before scripts have run too; nothing typed comes back, as every field is a password.
export function PasswordChangeForm() {
  const [state, formAction, pending] = useActionState(changeOwnPasswordAction, null);
  const form = useZodForm(passwordChangeSchema, EMPTY);
  const onSubmit = submitWhenValid(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <FormError message={stateError(state)} />
      <TextField
        form={form}
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        serverError={stateFieldError(state, "currentPassword")}
        required
      />
      <TextField
        form={form}
        name="password"
        label="New password"
        hint={PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        serverError={stateFieldError(state, "password")}
        required
      />
      <TextField
        form={form}
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        serverError={stateFieldError(state, "confirmPassword")}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
