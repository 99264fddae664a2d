"use client";

import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/domain/action-result";

/**
 * react-hook-form bound to the zod schema the server action also uses.
 * `raw: true` submits what the user typed, not the parsed output, because the server
 * parses the same input with the same schema (parsing twice would fail on transforms).
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues?: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>> {
  return useForm<z.input<S>>({
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues,
  });
}

/** Shows the server's per-field messages beside the fields, as the client-side check would. */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, result: ActionResult<unknown>) {
  if (result.ok) return;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0]) form.setError(field as Path<T>, { message: messages[0] });
  }
}
