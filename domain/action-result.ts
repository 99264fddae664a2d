import type { ZodError } from "zod";
import { z } from "zod";

/** What every server action returns: success, or a message and per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: EditConflict };

/** Someone saved the record after the editor loaded it: their version, to compare and reapply. */
export interface EditConflict {
  version: number;
  current: Record<string, unknown>;
}

export function validationFailure(error: ZodError): ActionResult<never> {
  const flat = z.flattenError(error);
  return {
    ok: false,
    error: flat.formErrors[0] ?? "Some fields need attention.",
    fieldErrors: flat.fieldErrors as Record<string, string[]>,
  };
}

/**
 * The state of a form whose action also runs without scripts (React's useActionState):
 * its last result, and what was typed, passwords left out, so a page drawn again by the
 * server shows the form as it was sent. Null before the first submission.
 */
export type FormActionState = (ActionResult & { values?: Record<string, string>; shownOnce?: string[] }) | null;
