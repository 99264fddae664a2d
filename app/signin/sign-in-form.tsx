"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { signInAction } from "@/app/auth-actions";
import { signInSchema } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  const form = useZodForm(signInSchema, { email: state?.values?.email ?? "", password: "" });
  const { register, formState } = form;
  const onSubmit = submitWhenValid(form, formAction);
  const error = (name: "email" | "password") => formState.errors[name]?.message ?? stateFieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={stateError(state)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" label="Email" error={error("email")}>
        <input id="email" type="email" autoComplete="username" defaultValue={state?.values?.email} className={inputClass} aria-invalid={!!error("email")} aria-describedby={error("email") ? "email-error" : undefined} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={error("password")}>
        <input id="password" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!error("password")} aria-describedby={error("password") ? "password-error" : undefined} {...register("password")} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
