"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { createFirstAdminAction } from "@/app/auth-actions";
import { firstAdminSchema } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";

const FIELDS = [
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Email", type: "email", autoComplete: "username" },
  { name: "password", label: "Password (at least 12 characters)", type: "password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Repeat the password", type: "password", autoComplete: "new-password" },
] as const;

export function FirstAdminForm() {
  const [state, formAction, pending] = useActionState(createFirstAdminAction, null);
  // Only the name and email come back from the server: passwords are typed again.
  const typed = { name: state?.values?.name ?? "", email: state?.values?.email ?? "" };
  const form = useZodForm(firstAdminSchema, { ...typed, password: "", confirmPassword: "" });
  const { register, formState } = form;
  const onSubmit = submitWhenValid(form, formAction);
  const error = (name: (typeof FIELDS)[number]["name"]) => formState.errors[name]?.message ?? stateFieldError(state, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={stateError(state)} />
      {FIELDS.map((f) => (
        <Field key={f.name} id={f.name} label={f.label} error={error(f.name)}>
          <input
            id={f.name}
            type={f.type}
            autoComplete={f.autoComplete}
            defaultValue={f.name === "name" || f.name === "email" ? typed[f.name] : undefined}
            className={inputClass}
            aria-invalid={!!error(f.name)}
            {...register(f.name)}
          />
        </Field>
      ))}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
