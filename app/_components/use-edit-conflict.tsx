"use client";

import { useState } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { ActionResult, EditConflict } from "@/domain/action-result";
import { EditConflictNotice } from "./edit-conflict";

/** A stored record's fields as a form holds them: empty values as "", ids as text. */
function asFormValues(current: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = current[key];
      return [key, value === null || value === undefined ? "" : typeof value === "boolean" ? value : String(value)];
    }),
  );
}

/**
 * For edit forms of versioned records: when a save is refused because someone else
 * saved first, shows what they changed and offers to reapply only this editor's
 * changes on top of theirs, or to load their version. The form needs a "version" field.
 */
export function useEditConflict<T extends FieldValues>(
  form: UseFormReturn<T>,
  labels: Record<string, string>,
  resubmit: () => void,
  /** How the stored record maps onto the form, when it is not field for field (e.g. tags). */
  fromRecord: (current: Record<string, unknown>) => Record<string, unknown> = (current) => current,
) {
  const keys = Object.keys(labels);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [original, setOriginal] = useState<Record<string, unknown>>(() => asFormValues(form.getValues() as Record<string, unknown>, keys));

  function theirs(c: EditConflict) {
    return asFormValues(fromRecord(c.current), keys);
  }

  const notice = conflict ? (
    <EditConflictNotice
      original={original}
      theirs={theirs(conflict)}
      labels={labels}
      onReapply={() => {
        const mine = form.getValues() as Record<string, unknown>;
        const base = theirs(conflict);
        for (const key of keys) {
          const typed = mine[key];
          const changedByMe = String(typed ?? "") !== String(original[key] ?? "");
          form.setValue(key as Path<T>, (changedByMe ? typed : base[key]) as PathValue<T, Path<T>>);
        }
        form.setValue("version" as Path<T>, conflict.version as PathValue<T, Path<T>>);
        setOriginal(base);
        setConflict(null);
        resubmit();
      }}
      onLoadTheirs={() => {
        const base = theirs(conflict);
        for (const key of keys) form.setValue(key as Path<T>, base[key] as PathValue<T, Path<T>>);
        form.setValue("version" as Path<T>, conflict.version as PathValue<T, Path<T>>);
        setOriginal(base);
        setConflict(null);
      }}
    />
  ) : null;

  /** True when the result was a conflict (now shown); false otherwise. */
  function handle(result: ActionResult<unknown>): boolean {
    setConflict(null);
    if (!result.ok && result.conflict) {
      setConflict(result.conflict);
      return true;
    }
    return false;
  }

  return { notice, handle };
}
