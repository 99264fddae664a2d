"use client";

import { useState } from "react";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { signInAction } from "@/app/auth-actions";
import { signInSchema } from "@/lib/validation/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";

const EMPTY = { email: "", password: "" };

export function SignInForm({ next }: { next?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(signInSchema, EMPTY);
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInAction(values, next);
    if (result && !result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="email" label="Email" error={errors.email?.message}>
        <input id="email" type="email" autoComplete="username" className={inputClass} aria-invalid={!!errors.email} aria-describedby={errors.email ? "email-error" : undefined} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <input id="password" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!errors.password} aria-describedby={errors.password ? "password-error" : undefined} {...register("password")} />
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
