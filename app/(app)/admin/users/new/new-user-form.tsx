"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";
import { newUserSchema, PASSWORD_HINT } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
import { createUserAction } from "../actions";

type FieldName = "name" | "email" | "role" | "password" | "confirmPassword";

function typedRole(value: string | undefined): Role {
  return ROLES.find((r) => r === value) ?? "campaigner";
}

// Posts to its server action before scripts have run too, which goes on to the new account's page.
export function NewUserForm() {
  const [state, formAction, pending] = useActionState(createUserAction, null);
  // The name, email and role come back after a refused post: the passwords are typed again.
  const typed = { name: state?.values?.name ?? "", email: state?.values?.email ?? "", role: typedRole(state?.values?.role) };
  const form = useZodForm(newUserSchema, { ...typed, password: "", confirmPassword: "" });
  const { register, formState } = form;
  const onSubmit = submitWhenValid(form, formAction);
  const error = (name: FieldName) => formState.errors[name]?.message ?? stateFieldError(state, name);

  const describedBy = (name: FieldName, hint = false) => [hint ? `${name}-hint` : "", error(name) ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New user">
      <FormError message={stateError(state)} />
      <Field id="name" label="Name" error={error("name")}>
        <input id="name" type="text" autoComplete="off" defaultValue={typed.name} className={inputClass} aria-invalid={!!error("name")} aria-describedby={describedBy("name")} {...register("name")} />
      </Field>
      <Field id="email" label="Email" error={error("email")}>
        <input id="email" type="email" autoComplete="off" defaultValue={typed.email} className={inputClass} aria-invalid={!!error("email")} aria-describedby={describedBy("email")} {...register("email")} />
      </Field>
      <Field id="role" label="Role" hint="Admins also manage users; campaigners read and change every record; viewers read what is not confidential." error={error("role")}>
        <select id="role" defaultValue={typed.role} className={inputClass} aria-describedby={describedBy("role", true)} {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="password" label="Password" hint={PASSWORD_HINT} error={error("password")}>
        <input id="password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("password")} aria-describedby={describedBy("password", true)} {...register("password")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the password" error={error("confirmPassword")}>
        <input id="confirmPassword" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("confirmPassword")} aria-describedby={describedBy("confirmPassword")} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
