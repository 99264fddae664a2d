"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, FormError, FormSuccess } from "@/app/_components/ui";
import { ROLE_LABELS, type Role } from "@/domain/permissions";
import { setCaseTeamAction } from "./actions";

interface Props {
  caseId: number;
  actorId: number;
  team: { restricted: boolean; version: number; members: { id: number }[]; groups: { id: number }[] };
  candidates: {
    users: { id: number; name: string; role: Role }[];
    groups: { id: number; name: string; members: { id: number; name: string }[] }[];
  };
}

function toggle(ids: number[], id: number, on: boolean): number[] {
  return on ? [...ids, id] : ids.filter((i) => i !== id);
}

/** Restrict the case, or open it up, and name the people and groups on its team. */
export function TeamEditor({ caseId, actorId, team, candidates }: Props) {
  const router = useRouter();
  const [restricted, setRestricted] = useState(team.restricted);
  const [memberIds, setMemberIds] = useState(team.members.map((m) => m.id));
  const [groupIds, setGroupIds] = useState(team.groups.map((g) => g.id));
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function restrict(on: boolean) {
    setRestricted(on);
    // Whoever restricts a case must stay able to see it: start the team with them.
    if (on && memberIds.length === 0 && groupIds.length === 0) setMemberIds([actorId]);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    const result = await setCaseTeamAction(caseId, { restricted, memberIds, groupIds, version: team.version });
    setBusy(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.conflict ? "Someone changed this case while you were editing: the page now shows their version." : result.error);
      if (result.conflict) router.refresh();
      return;
    }
    setFieldErrors({});
    setMessage(result.message ?? null);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={save} className="space-y-4 text-sm" aria-label="Who can see this case">
      <div aria-live="polite">
        <FormError message={error} />
        <FormSuccess message={message} />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={restricted} onChange={(e) => restrict(e.target.checked)} />
        <span>
          <span className="font-medium">Restricted: only the team below can know this case exists</span>
          <span className="block text-slate-600">
            For a person in hiding, or a negotiation one leak would end. Each person still sees it as their role allows (a viewer sees no
            confidential items).
          </span>
        </span>
      </label>
      {restricted ? (
        <>
          <fieldset
            className="rounded-md border border-slate-200 p-3"
            aria-describedby={fieldErrors.memberIds ? "team-members-error" : undefined}
          >
            <legend className="px-1 font-medium">People on the team</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {candidates.users.map((u) => (
                <li key={u.id}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={memberIds.includes(u.id)}
                      onChange={(e) => setMemberIds(toggle(memberIds, u.id, e.target.checked))}
                    />
                    <bdi>{u.name}</bdi>
                    <span className="text-slate-600">
                      {ROLE_LABELS[u.role]}
                      {u.id === actorId ? " · you" : ""}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {fieldErrors.memberIds ? (
              <p id="team-members-error" role="alert" className="mt-1 font-medium text-red-700">
                {fieldErrors.memberIds[0]}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 font-medium">Groups on the team</legend>
            {candidates.groups.length === 0 ? (
              <p className="text-slate-600">No groups yet: an admin creates them under Admin → Groups.</p>
            ) : (
              <ul className="space-y-1">
                {candidates.groups.map((g) => (
                  <li key={g.id}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        className="mt-1"
                        checked={groupIds.includes(g.id)}
                        onChange={(e) => setGroupIds(toggle(groupIds, g.id, e.target.checked))}
                      />
                      <span>
                        <bdi className="font-medium">{g.name}</bdi>{" "}
                        <span className="text-slate-600">({g.members.map((m) => m.name).join(", ") || "nobody yet"})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </>
      ) : null}
      <Button type="submit" disabled={busy}>
        Save who can see it
      </Button>
    </form>
  );
}
