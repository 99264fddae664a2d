"use client";

import { Button } from "./ui";

interface Props {
  /** The values the editor started from. */
  original: Record<string, unknown>;
  /** The values saved by someone else since. */
  theirs: Record<string, unknown>;
  labels: Record<string, string>;
  onReapply: () => void;
  onLoadTheirs: () => void;
}

function show(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text === "" ? "(empty)" : text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Shown when a save is refused because someone else saved first: what they changed,
 * and the two ways forward. Nothing is overwritten until the editor chooses.
 */
export function EditConflictNotice({ original, theirs, labels, onReapply, onLoadTheirs }: Props) {
  const changed = Object.keys(labels).filter((key) => show(original[key]) !== show(theirs[key]));
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">Someone else saved this record while you were editing it. Your changes have not been saved.</p>
      {changed.length > 0 ? (
        <>
          <p>They changed:</p>
          <ul className="list-disc space-y-1 pl-5">
            {changed.map((key) => (
              <li key={key}>
                <strong>{labels[key]}</strong>: {show(original[key])} → {show(theirs[key])}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Their save changed no field you can see here (for example only the status).</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onReapply}>
          Save my edit on top of theirs
        </Button>
        <Button type="button" variant="secondary" onClick={onLoadTheirs}>
          Discard my edit and load theirs
        </Button>
      </div>
    </div>
  );
}
