"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { secondFactorAction } from "@/app/auth-actions";
import { secondFactorSchema } from "@/domain/schemas/two-factor";
import { Button, FormError } from "@/app/_components/ui";
import { TextField } from "@/app/_components/form-fields";

export function SecondFactorForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState(secondFactorAction, null);
  const form = useZodForm(secondFactorSchema, { code: "" });
  const onSubmit = submitWhenValid(form, formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign-in code">
      <FormError message={stateError(state)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        form={form}
        name="code"
        label="Code"
        hint="The six-digit code your authenticator app shows for Vigil. Lost your phone? Type one of your recovery codes instead."
        inputMode="text"
        autoComplete="one-time-code"
        autoFocus
        serverError={stateFieldError(state, "code")}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Checking…" : "Sign in"}
      </Button>
      <p className="text-center text-sm">
        <Link href="/signin" className="link">
          Start again
        </Link>
      </p>
    </form>
  );
}
