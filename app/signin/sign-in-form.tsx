"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { signInAction } from "@/app/auth-actions";
import { signInSchema } from "@/domain/schemas/user";
import { Button, FormError } from "@/app/_components/ui";
import { TextField } from "@/app/_components/form-fields";

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  const form = useZodForm(signInSchema, { email: state?.values?.email ?? "", password: "" });
  const onSubmit = submitWhenValid(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={stateError(state)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        form={form}
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state?.values?.email}
        serverError={stateFieldError(state, "email")}
        required
      />
      <TextField
        form={form}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        serverError={stateFieldError(state, "password")}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
