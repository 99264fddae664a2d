"use client";

import Link from "next/link";
import { signOutAction } from "@/app/auth-actions";

// A client component though it has no state: every page carries the bar, and as a client
// component its React payload is the three props below rather than every element and
// class of the bar (README "Performance"). The layout decides what it shows, on the server.

const NAV_ITEMS = [
  { href: "/", label: "Dashboard" },
  { href: "/cases", label: "Cases" },
  { href: "/sources", label: "Sources" },
  { href: "/people", label: "People" },
];

// Shown to admins only; the pages check the role themselves.
const ADMIN_NAV_ITEMS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/sessions", label: "Sessions" },
  { href: "/admin/lockdown", label: "Lockdown" },
  { href: "/admin/groups", label: "Groups" },
  { href: "/admin/restricted", label: "Restricted cases" },
  { href: "/admin/countries", label: "Countries to fix" },
];

interface Props {
  userName: string;
  roleLabel: string;
  showAdmin: boolean;
  /** Unread notices, up to 100 (shown as 99+). */
  unread: number;
}

export function NavBar({ userName, roleLabel, showAdmin, unread }: Props) {
  const unreadText = unread > 99 ? "99+" : String(unread);
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Vigil
        </Link>
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          {[...NAV_ITEMS, ...(showAdmin ? ADMIN_NAV_ITEMS : [])].map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="rounded px-1 py-0.5 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
        <form action="/search" method="get" role="search" aria-label="Search Vigil" className="flex items-center gap-1 text-sm">
          <label htmlFor="nav-search" className="sr-only">
            Search cases, people and sources
          </label>
          <input
            id="nav-search"
            name="q"
            type="search"
            required
            maxLength={200}
            placeholder="Search…"
            className="w-44 rounded-md border border-white/60 bg-white px-2 py-1 text-slate-900 placeholder:text-slate-500"
          />
          <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-brand-800">
            Search
          </button>
        </form>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            <bdi>{userName}</bdi> <span className="rounded bg-brand-800 px-1.5 py-0.5 text-xs">{roleLabel}</span>
          </span>
          <Link
            href="/inbox"
            aria-label={unread > 0 ? `Inbox, ${unreadText} unread` : "Inbox"}
            className="flex items-center gap-1 rounded px-1 py-0.5 font-medium hover:underline"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
              <path d="M10 2a5 5 0 0 0-5 5v3.2L3.3 13.4A1 1 0 0 0 4.2 15h11.6a1 1 0 0 0 .9-1.6L15 10.2V7a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0H8Z" />
            </svg>
            Inbox
            {unread > 0 ? <span className="rounded-full bg-amber-300 px-1.5 text-xs font-bold text-amber-950">{unreadText}</span> : null}
          </Link>
          <Link href="/account" className="rounded px-1 py-0.5 font-medium hover:underline">
            Account
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-brand-800">
              Sign out
            </button>
          </form>
        </div>
      </nav>
    </header>
  );
}
