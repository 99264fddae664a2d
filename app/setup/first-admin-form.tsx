"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { createFirstAdminAction } from "@/app/auth-actions";
import { firstAdminSchema } from "@/domain/schemas/user";
import { Button, FormError } from "@/app/_components/ui";
import { TextField } from "@/app/_components/form-fields";

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
  const onSubmit = submitWhenValid(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={stateError(state)} />
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          form={form}
          name={f.name}
          label={f.label}
          type={f.type}
          autoComplete={f.autoComplete}
          defaultValue={f.name === "name" || f.name === "email" ? typed[f.name] : undefined}
          serverError={stateFieldError(state, f.name)}
          required
        />
      ))}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
