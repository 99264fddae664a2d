"use client";

import { useActionState } from "react";
import { useZodForm } from "@/app/_components/use-zod-form";
import { stateError, stateFieldError, submitWhenValid } from "@/app/_components/action-form";
import { enrolmentCodeSchema, twoFactorOffSchema } from "@/domain/schemas/two-factor";
import { Button, ButtonLink, Card, FormError } from "@/app/_components/ui";
import { TextField } from "@/app/_components/form-fields";
import { confirmTwoFactorAction, startTwoFactorAction, turnOffTwoFactorAction } from "./actions";

export function StartEnrolmentForm() {
  const [state, formAction, pending] = useActionState(startTwoFactorAction, null);
  return (
    <form action={formAction} aria-label="Turn on two-factor sign-in">
      <FormError message={stateError(state)} />
      <input type="hidden" name="start" value="authenticator" />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Set up an authenticator app"}
      </Button>
    </form>
  );
}

/**
 * Scanning the secret and confirming it with a first code; then, once, the recovery codes.
 * They are in this form's answer only (stored hashed), so they are shown here or never.
 */
export function ConfirmEnrolment({ enrolling }: { enrolling: { qrCode: string; secret: string } | null }) {
  const [state, formAction, pending] = useActionState(confirmTwoFactorAction, null);
  const form = useZodForm(enrolmentCodeSchema, { code: "" });
  const onSubmit = submitWhenValid(form, formAction);

  if (state?.ok && state.shownOnce) {
    return (
      <Card title="Save your recovery codes">
        <p role="status" className="mb-3 text-sm text-green-900">
          Two-factor sign-in is on.
        </p>
        <p className="mb-3 text-sm text-slate-700">
          If you lose your phone, each of these codes signs you in once instead of the app&apos;s code. They are shown only now: print them
          or keep them in a password manager, away from your phone.
        </p>
        <ol aria-label="Recovery codes" className="mb-4 grid grid-cols-2 gap-2 font-mono text-lg">
          {state.shownOnce.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <ButtonLink href="/">I have saved them: go on to Vigil</ButtonLink>
      </Card>
    );
  }
  if (!enrolling) return null;
  return (
    <Card title="Set up your authenticator app">
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700">
        <li>
          <p>In your app, add an account and scan this code.</p>
          <img
            src={enrolling.qrCode}
            alt="QR code holding the secret key for your authenticator app"
            width={200}
            height={200}
            className="my-2"
          />
          <p>
            Cannot scan it? Type this key instead (time-based):{" "}
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{enrolling.secret}</code>
          </p>
        </li>
        <li>
          <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Confirm your authenticator app">
            <FormError message={stateError(state)} />
            <TextField
              form={form}
              name="code"
              label="The six-digit code the app shows"
              inputMode="numeric"
              autoComplete="one-time-code"
              serverError={stateFieldError(state, "code")}
              required
            />
            <Button type="submit" disabled={pending}>
              {pending ? "Checking…" : "Turn on two-factor sign-in"}
            </Button>
          </form>
        </li>
      </ol>
    </Card>
  );
}

export function TurnOffForm() {
  const [state, formAction, pending] = useActionState(turnOffTwoFactorAction, null);
  const form = useZodForm(twoFactorOffSchema, { password: "", code: "" });
  const onSubmit = submitWhenValid(form, formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Turn off two-factor sign-in">
      <FormError message={stateError(state)} />
      <TextField
        form={form}
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        serverError={stateFieldError(state, "password")}
        required
      />
      <TextField
        form={form}
        name="code"
        label="A code from your app, or a recovery code"
        autoComplete="one-time-code"
        serverError={stateFieldError(state, "code")}
        required
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Turning off…" : "Turn off two-factor sign-in"}
      </Button>
    </form>
  );
}
