"use client";

import { startTransition, type FormEvent } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { FormActionState } from "@/domain/action-result";

// For forms whose `action` is a server action through useActionState, so they post to the
// server before the page's scripts have run (and never by GET with what was typed).

/**
 * The form's submit handler once scripts run: the fields are checked with the form's zod
 * schema first, and the form's data goes to the action only when they pass.
 */
export function submitWhenValid<T extends FieldValues>(form: UseFormReturn<T>, action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    void form.handleSubmit(() => startTransition(() => action(data)))(event);
  };
}

/** The message the action answered for the whole form, if any. */
export function stateError(state: FormActionState): string | undefined {
  return state && !state.ok ? state.error : undefined;
}

/** The message the action answered for one field, shown when the form was not checked here (no scripts). */
export function stateFieldError(state: FormActionState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
}
