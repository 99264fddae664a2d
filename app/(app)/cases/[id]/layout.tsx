import { PersonName } from "@/app/_components/person-name";
import { notFound } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { getCaseTeamNames } from "@/server/dal/case-team";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase } from "@/domain/permissions";
import { PRIORITY_LABELS } from "@/domain/schemas/case";
import { parseId } from "@/domain/schemas/fields";
import { Badge, ButtonLink, PageHeader } from "@/app/_components/ui";
import { StatusBadge } from "@/app/_components/status-badge";
import { CaseTabs } from "./case-tabs";

/** The case header and section tabs shared by every page of one case. */
export default async function CaseLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const team = found.restricted ? getCaseTeamNames(user, found.id) : null;
  return (
    <>
      <PageHeader
        title={
          <bdi>
            <PersonName personName={found.personName} nativeName={found.nativeName} />
          </bdi>
        }
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <bdi>{found.title}</bdi>
            <StatusBadge status={found.status} />
            <Badge tone={found.priority === "urgent" || found.priority === "high" ? "red" : "slate"}>
              {PRIORITY_LABELS[found.priority]} priority
            </Badge>
          </span>
        }
        actions={
          canChangeCase(user, found) ? (
            <ButtonLink href={`/cases/${found.id}/edit`} variant="secondary">
              Edit case
            </ButtonLink>
          ) : null
        }
      />
      {team ? (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          <strong>Restricted to: {team.join(", ")}.</strong> Nobody else in the organisation, admins included, knows this case exists.
        </p>
      ) : null}
      {found.archivedAt ? (
        <p role="note" className="mb-4 rounded-md border border-slate-300 bg-slate-100 px-4 py-2 text-sm text-slate-800">
          This case is archived: it is hidden from lists and the dashboard, every record is kept, and it is read-only until it is restored.
        </p>
      ) : null}
      <CaseTabs caseId={found.id} />
      {children}
    </>
  );
}
