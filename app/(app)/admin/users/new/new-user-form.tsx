"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ROLE_LABELS, ROLES } from "@/domain/permissions";
import { newUserSchema, PASSWORD_HINT } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { createUserAction } from "../actions";

const EMPTY = { name: "", email: "", role: "campaigner" as const, password: "", confirmPassword: "" };

export function NewUserForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(newUserSchema, EMPTY);
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    router.push(`/admin/users/${result.data.id}?created=1`);
  });

  const describedBy = (name: string, hint = false) =>
    [hint ? `${name}-hint` : "", errors[name as keyof typeof errors] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New user">
      <FormError message={formError} />
      <Field id="name" label="Name" error={errors.name?.message}>
        <input id="name" type="text" autoComplete="off" className={inputClass} aria-invalid={!!errors.name} aria-describedby={describedBy("name")} {...register("name")} />
      </Field>
      <Field id="email" label="Email" error={errors.email?.message}>
        <input id="email" type="email" autoComplete="off" className={inputClass} aria-invalid={!!errors.email} aria-describedby={describedBy("email")} {...register("email")} />
      </Field>
      <Field id="role" label="Role" hint="Admins also manage users; campaigners read and change every record; viewers read what is not confidential." error={errors.role?.message}>
        <select id="role" className={inputClass} aria-describedby={describedBy("role", true)} {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="password" label="Password" hint={PASSWORD_HINT} error={errors.password?.message}>
        <input id="password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.password} aria-describedby={describedBy("password", true)} {...register("password")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the password" error={errors.confirmPassword?.message}>
        <input id="confirmPassword" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.confirmPassword} aria-describedby={describedBy("confirmPassword")} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
