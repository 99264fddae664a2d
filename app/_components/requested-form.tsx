"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

/**
 * A big form that the page draws only when asked for: "Log an ask…" is a link to the same
 * page with `?form=ask`, and only then does the server render the form and read its choices
 * (officials, owners, the case's asks and sources). Most visits only read, and a page that
 * drew every form for every visit cost a third more to serve.
 *
 * Being an address, an opened form survives a save (the page refreshes, the address stays),
 * works before the page's scripts load, and can be bookmarked. On opening, the focus moves
 * to the form's first field; "Close" goes back to the page without it.
 */
export function RequestedForm({ closeHref, children }: { closeHref: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  return (
    <div ref={box}>
      {children}
      <p className="mt-3 text-sm">
        <Link href={closeHref} scroll={false} prefetch={false} className="link">
          Close this form
        </Link>
      </p>
    </div>
  );
}
