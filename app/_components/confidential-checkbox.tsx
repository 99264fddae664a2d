import type { ComponentProps } from "react";

/** What every confidential flag says, on every kind of record. */
export const CONFIDENTIAL_HINT = "Hidden from viewers everywhere in Vigil: pages, search, exports and briefs without confidential items.";

/**
 * The confidential flag, worded the same on every form. `of` names what is flagged when it
 * is not the whole record (a move's note); `suggestion` says why ticking it is advised.
 */
export function ConfidentialCheckbox({
  id,
  of,
  detail,
  suggestion,
  ...input
}: Omit<ComponentProps<"input">, "type"> & { id: string; of?: string; detail?: string; suggestion?: string | null }) {
  const hintId = `${id}-hint`;
  const suggestionId = `${id}-suggestion`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-1 h-4 w-4" aria-describedby={suggestion ? `${hintId} ${suggestionId}` : hintId} {...input} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {of ? `Confidential ${of}` : "Confidential"}
        </label>
        <p id={hintId} className="text-xs text-slate-600">
          {detail ? `${CONFIDENTIAL_HINT} ${detail}` : CONFIDENTIAL_HINT}
        </p>
        {suggestion ? (
          <p id={suggestionId} role="status" className="mt-1 text-xs font-medium text-amber-900">
            {suggestion}
          </p>
        ) : null}
      </div>
    </div>
  );
}
