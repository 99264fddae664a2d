"use client";

import { inputClass } from "./ui";

/**
 * A search box whose results follow what is typed (the form around it searches after a
 * pause), so Enter must not submit that form.
 */
export function SearchAsYouType({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <input
      id={id}
      type="search"
      className={inputClass}
      value={value}
      aria-describedby={`${id}-hint`}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.preventDefault();
      }}
    />
  );
}
