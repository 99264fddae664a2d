import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { getCaseTeam, listOpenAccessRequests, listTeamCandidates, teamNames } from "@/server/dal/case-team";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase, canWrite } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { Card } from "@/app/_components/ui";
import { TeamEditor } from "./team-editor";
import { AccessRequests } from "./access-requests";

export const metadata: Metadata = { title: "Who can see this case" };

type Props = { params: Promise<{ id: string }> };

/** Who may know the case exists: everyone, or only its team; its team edits it and answers admins' requests. */
export default async function CaseTeamPage({ params }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const team = getCaseTeam(user, found.id);
  const requests = canWrite(user) ? listOpenAccessRequests(user, found.id) : [];

  return (
    <div className="space-y-6">
      <Card title="Who can see this case">
        {team.restricted ? (
          <div className="space-y-2 text-sm text-slate-800">
            <p>
              <strong>Restricted.</strong> Only its team knows this case exists: to everyone else, admins included, it is absent from lists,
              counts, charts, search and exports, and its pages answer “not found”.
            </p>
            <p>
              On the team: <bdi>{teamNames(team).join(", ")}</bdi>
              {team.groups.length ? <span className="text-slate-600"> (through {team.groups.map((g) => g.name).join(", ")})</span> : null}.
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-800">Everyone in the organisation can see this case, as their role allows.</p>
        )}
      </Card>
      {/* Drawn while no one waits too, so the answer given to the last request stays on screen. */}
      {canWrite(user) && (team.restricted || requests.length > 0) ? (
        <Card title="Requests for access">
          <AccessRequests requests={requests} />
        </Card>
      ) : null}
      {canChangeCase(user, found) ? (
        <Card title="Change who can see it">
          <TeamEditor caseId={found.id} team={team} candidates={listTeamCandidates(user)} actorId={user.id} />
        </Card>
      ) : null}
    </div>
  );
}
