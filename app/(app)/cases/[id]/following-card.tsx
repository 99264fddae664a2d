import type { Actor } from "@/domain/permissions";
import { canWrite } from "@/domain/permissions";
import { getCaseFollowing, listOwnerCandidates } from "@/server/dal/case-following";
import { ActionButton } from "@/app/_components/action-button";
import { Card } from "@/app/_components/ui";
import { ReassignForm } from "./reassign-form";
import { watchCaseAction } from "./following-actions";

/** Who owns the case and who watches it: watch or stop, and, for writers, give it to someone else. */
export function FollowingCard({ user, caseId, archived }: { user: Actor; caseId: number; archived: boolean }) {
  const following = getCaseFollowing(user, caseId);
  if (!following) return null;
  const others = following.watchers.filter((w) => w.id !== user.id).map((w) => w.name);
  return (
    <Card title="Owner and watchers">
      <dl className="mb-3 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium text-slate-600">Owner: </dt>
          <dd className="inline text-slate-900">
            <bdi>{following.owner?.name ?? "nobody"}</bdi>
            {following.owner?.id === user.id ? " (you)" : ""}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium text-slate-600">Watching: </dt>
          <dd className="inline text-slate-900">{[following.watching ? "you" : null, ...others].filter(Boolean).join(", ") || "nobody"}</dd>
        </div>
      </dl>
      <ActionButton
        action={watchCaseAction}
        args={[caseId, { watching: !following.watching }]}
        label={following.watching ? "Stop watching" : "Watch this case"}
        pendingLabel="Saving…"
        formLabel={following.watching ? "Stop watching this case" : "Watch this case"}
      />
      {canWrite(user) && !archived ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <ReassignForm
            caseId={caseId}
            version={following.version}
            ownerId={following.owner?.id ?? null}
            candidates={listOwnerCandidates(user, caseId)}
          />
        </div>
      ) : null}
    </Card>
  );
}
