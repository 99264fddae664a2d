import Link from "next/link";

/** "Show 20 more (45 not shown)" under a list cut by shownCount; nothing when all is shown. */
export function ShowMoreLink({ href, hidden, step, noun }: { href: string; hidden: number; step: number; noun: string }) {
  if (hidden <= 0) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={href} scroll={false} prefetch={false} className="link">
        Show {Math.min(step, hidden)} more {noun}
      </Link>{" "}
      <span className="text-slate-600">({hidden} not shown)</span>
    </p>
  );
}
