"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { applyServerErrors, useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { ROLE_LABELS, ROLES, type Role } from "@/domain/permissions";
import { PASSWORD_HINT, passwordResetSchema, roleChangeSchema } from "@/domain/schemas/user";
import { Button, Field, FormError, inputClass } from "@/app/_components/ui";
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
  const { register, handleSubmit, formState } = form;

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
      <Field id="role" label="Role" error={formState.errors.role?.message}>
        <select id="role" className={inputClass} {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save role"}
      </Button>
    </form>
  );
}

// Posts to its server action before scripts have run too; nothing typed comes back, as both fields are passwords.
export function PasswordResetForm({ userId, self }: { userId: number; self: boolean }) {
  const [state, formAction, pending] = useActionState(resetUserPasswordAction.bind(null, userId), null);
  const form = useZodForm(passwordResetSchema, { password: "", confirmPassword: "" });
  const { register, formState, reset } = form;
  const onSubmit = submitWhenValid(form, formAction);
  const error = (name: "password" | "confirmPassword") => formState.errors[name]?.message ?? stateFieldError(state, name);

  // After a reset drawn by scripts the fields keep what was typed: clear them.
  useEffect(() => {
    if (state?.ok) reset();
  }, [state, reset]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Reset password">
      <FormError message={stateError(state)} />
      <Done message={state?.ok ? (state.message ?? "Password reset.") : null} />
      {self ? <p className="text-sm text-slate-700">To change your own password, use Account: resetting it here ends your session too.</p> : null}
      <Field id="reset-password" label="New password" hint={PASSWORD_HINT} error={error("password")}>
        <input id="reset-password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("password")} aria-describedby="reset-password-hint" {...register("password")} />
      </Field>
      <Field id="reset-confirmPassword" label="Repeat the new password" error={error("confirmPassword")}>
        <input id="reset-confirmPassword" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!error("confirmPassword")} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Reset password"}
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
