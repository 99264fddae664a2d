"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "./ui";

/**
 * A form that is drawn when asked for: "Log an ask…" opens the log-an-ask form in place.
 * Pages with several large forms beside a long list rendered all of them on the server
 * for every visit; most visits only read. Once opened, the form stays open (also after
 * it saves and the page refreshes) and the focus moves to its first field.
 */
export function OpenOnRequest({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return <div ref={box}>{children}</div>;
}
