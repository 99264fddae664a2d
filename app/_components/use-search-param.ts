"use client";

import { useEffect, useState } from "react";
import { usePathname, useRouter } from "next/navigation";

/** How long typing pauses before the server is asked for matches. */
const SEARCH_DELAY_MS = 300;

/**
 * What is typed in a search-as-you-type box, put into the page's address as `param` after a
 * pause, so the server renders the matching choices ("Find a case", linking a source). The
 * rest of the address stays, and so does what was typed in the form's other fields.
 * `current` is the parameter's value the page was rendered with.
 */
export function useSearchParam(param: string, current: string): [string, (value: string) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(current);
  useEffect(() => {
    const term = value.trim();
    if (term === current.trim()) return;
    const timer = setTimeout(() => {
      const query = new URLSearchParams(window.location.search);
      if (term) query.set(param, term);
      else query.delete(param);
      router.replace(query.size > 0 ? `${pathname}?${query}` : pathname, { scroll: false });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, current, param, pathname, router]);
  return [value, setValue];
}
