"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Each part of a case's record has its own page under /cases/[id]/…; add new ones here.
const TABS = [
  { segment: "", label: "Overview" },
  { segment: "sources", label: "Sources" },
  { segment: "asks", label: "Asks & outcomes" },
  { segment: "timeline", label: "Timeline" },
  { segment: "brief", label: "Brief" },
  { segment: "history", label: "History" },
  { segment: "team", label: "Who can see it" },
];

export function CaseTabs({ caseId }: { caseId: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Case sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const href = `/cases/${caseId}${tab.segment ? `/${tab.segment}` : ""}`;
          const current = pathname === href;
          return (
            <li key={tab.segment}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-4 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
