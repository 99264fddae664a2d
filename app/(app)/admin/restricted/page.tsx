import type { Metadata } from "next";
import { requirePageAdmin } from "@/server/dal/session";
import { listRestrictedCasesHiddenFrom } from "@/server/dal/case-team";
import { Card, PageHeader } from "@/app/_components/ui";
import { HiddenCaseRow } from "./hidden-case-row";

export const metadata: Metadata = { title: "Restricted cases" };

/**
 * What an admin outside a restricted case's team may know of it: that it exists, by number.
 * They ask its team for access, or add themself, which the team sees.
 */
export default async function RestrictedCasesPage() {
  const user = await requirePageAdmin();
  const hidden = listRestrictedCasesHiddenFrom(user);
  return (
    <>
      <PageHeader
        title="Restricted cases"
        subtitle="Cases only their team can see. Being an admin does not show you what is in them: ask the team for access, or add yourself to the team, which its history records and the team sees."
      />
      <Card title={`${hidden.length.toLocaleString("en")} restricted ${hidden.length === 1 ? "case" : "cases"} you are not on the team of`}>
        {hidden.length === 0 ? (
          <p className="text-sm text-slate-600">You are on the team of every restricted case, or there are none.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {hidden.map((c) => (
              <HiddenCaseRow key={c.id} caseId={c.id} requestedAt={c.requestedAt} />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
