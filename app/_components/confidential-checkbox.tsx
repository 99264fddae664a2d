"use client";

import type { FieldValues } from "react-hook-form";
import { CheckboxField, type FieldBinding } from "./form-fields";

/** What every confidential flag says, on every kind of record. */
const CONFIDENTIAL_HINT = "Hidden from viewers everywhere in Vigil: pages, search, exports and briefs without confidential items.";

/**
 * The confidential flag, worded the same on every form. `of` names what is flagged when it
 * is not the whole record (a move's note); `suggestion` says why ticking it is advised.
 */
export function ConfidentialCheckbox<T extends FieldValues>({
  of,
  detail,
  suggestion,
  ...field
}: Omit<FieldBinding<T>, "label" | "hint" | "required" | "rules"> & { of?: string; detail?: string; suggestion?: string | null }) {
  return (
    <CheckboxField
      {...field}
      label={of ? `Confidential ${of}` : "Confidential"}
      hint={detail ? `${CONFIDENTIAL_HINT} ${detail}` : CONFIDENTIAL_HINT}
      notice={suggestion}
    />
  );
}
