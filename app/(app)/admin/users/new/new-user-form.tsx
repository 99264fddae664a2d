"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";
import { newUserSchema, PASSWORD_HINT } from "@/domain/schemas/user";
import { Button, FormError } from "@/app/_components/ui";
import { SelectField, TextField } from "@/app/_components/form-fields";
import { createUserAction } from "../actions";

function typedRole(value: string | undefined): Role {
  return ROLES.find((r) => r === value) ?? "campaigner";
}

// Posts to its server action before scripts have run too, which goes on to the new account's page.
export function NewUserForm() {
  const [state, formAction, pending] = useActionState(createUserAction, null);
  // The name, email and role come back after a refused post: the passwords are typed again.
  const typed = { name: state?.values?.name ?? "", email: state?.values?.email ?? "", role: typedRole(state?.values?.role) };
  const form = useZodForm(newUserSchema, { ...typed, password: "", confirmPassword: "" });
  const onSubmit = submitWhenValid(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New user">
      <FormError message={stateError(state)} />
      <TextField
        form={form}
        name="name"
        label="Name"
        autoComplete="off"
        defaultValue={typed.name}
        serverError={stateFieldError(state, "name")}
        required
      />
      <TextField
        form={form}
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        defaultValue={typed.email}
        serverError={stateFieldError(state, "email")}
        required
      />
      <SelectField
        form={form}
        name="role"
        label="Role"
        hint="Admins also manage users; campaigners read and change every record; viewers read what is not confidential."
        defaultValue={typed.role}
        serverError={stateFieldError(state, "role")}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <TextField
        form={form}
        name="password"
        label="Password"
        hint={PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        serverError={stateFieldError(state, "password")}
        required
      />
      <TextField
        form={form}
        name="confirmPassword"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        serverError={stateFieldError(state, "confirmPassword")}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
