"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";
import { PASSWORD_HINT, passwordResetSchema, roleChangeSchema } from "@/domain/schemas/user";
import { Button, FormError } from "@/app/_components/ui";
import { SelectField, TextField } from "@/app/_components/form-fields";
import { changeUserRoleAction, resetUserPasswordAction, setUserActiveAction } from "../actions";

function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
      {message}
    </p>
  );
}

export function RoleForm({ userId, role }: { userId: number; role: Role }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm(roleChangeSchema, { role });
  const { handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await changeUserRoleAction(userId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    setDone(result.message ?? "Saved.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Change role">
      <FormError message={formError} />
      <Done message={done} />
      <SelectField form={form} name="role" label="Role">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save role"}
      </Button>
    </form>
  );
}

// Sent by scripts: a bound action posted before hydration is not answered by the framework, so
// this form posts nothing until its scripts run (never a GET with the passwords in the address).
export function PasswordResetForm({ userId, self }: { userId: number; self: boolean }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm(passwordResetSchema, { password: "", confirmPassword: "" });
  const { handleSubmit, formState, reset } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await resetUserPasswordAction(userId, values);
    if (!result.ok) {
      setFormError(result.error);
      applyServerErrors(form, result);
      return;
    }
    reset();
    setDone(result.message ?? "Password reset.");
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Reset password">
      <FormError message={formError} />
      <Done message={done} />
      {self ? (
        <p className="text-sm text-slate-700">To change your own password, use Account: resetting it here ends your session too.</p>
      ) : null}
      <TextField
        form={form}
        name="password"
        id="reset-password"
        label="New password"
        hint={PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        form={form}
        name="confirmPassword"
        id="reset-confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Reset password"}
      </Button>
    </form>
  );
}

export function ActiveForm({ userId, active }: { userId: number; active: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function toggle() {
    setFormError(null);
    setDone(null);
    setPending(true);
    const result = await setUserActiveAction(userId, !active);
    setPending(false);
    if (!result.ok) {
      setFormError(result.error);
      return;
    }
    setDone(result.message ?? "Saved.");
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <FormError message={formError} />
      <Done message={done} />
      <p className="text-sm text-slate-700">
        {active
          ? "A deactivated user cannot sign in, and any session they have open ends on their next click. Their records and history stay."
          : "Reactivating lets this person sign in again with their password."}
      </p>
      <Button type="button" variant={active ? "danger" : "primary"} disabled={pending} onClick={toggle}>
        {pending ? "Saving…" : active ? "Deactivate user" : "Reactivate user"}
      </Button>
    </div>
  );
}
