"use client";

import { useState } from "react";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { createFirstAdminAction } from "@/app/auth-actions";
import { firstAdminSchema } from "@/lib/validation/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";

const EMPTY = { name: "", email: "", password: "", confirmPassword: "" };

export function FirstAdminForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(firstAdminSchema, EMPTY);
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createFirstAdminAction(values);
    if (result && !result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
    }
  });

  const fields = [
    { name: "name", label: "Your name", type: "text", autoComplete: "name" },
    { name: "email", label: "Email", type: "email", autoComplete: "username" },
    { name: "password", label: "Password (at least 12 characters)", type: "password", autoComplete: "new-password" },
    { name: "confirmPassword", label: "Repeat the password", type: "password", autoComplete: "new-password" },
  ] as const;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      {fields.map((f) => (
        <Field key={f.name} id={f.name} label={f.label} error={errors[f.name]?.message}>
          <input id={f.name} type={f.type} autoComplete={f.autoComplete} className={inputClass} aria-invalid={!!errors[f.name]} {...register(f.name)} />
        </Field>
      ))}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
