import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase } from "@/server/dal/cases";
import { getCaseHistory } from "@/server/dal/audit";
import { requirePageUser } from "@/server/dal/session";
import { canSeeConfidential } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { Card, formatDateTime } from "@/app/_components/ui";
import { ActorName, AuditDetails, actionLabel, fieldLabel } from "@/app/_components/audit-event";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { shownCount } from "@/domain/show-more";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ show?: string | string[] }> };

const HISTORY_STEP = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  return { title: found ? `History · ${found.personName}` : "Case not found" };
}

/** Every recorded change to the case, newest first: who, when, what, and from what to what. */
export default async function CaseHistoryPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const shown = shownCount((await searchParams)?.show, HISTORY_STEP);
  const { events, total } = getCaseHistory(user, found.id, shown);

  return (
    <Card title="History">
      {!canSeeConfidential(user) ? (
        <p className="mb-3 text-sm text-slate-600">
          Changes to confidential records, and confidential notes, are visible to campaigners only.
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="text-slate-600">Nothing has been recorded for this case yet.</p>
      ) : (
        <ol aria-label="Case history" className="space-y-4">
          {events.map((e) => (
            <li key={e.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium text-slate-900">
                {actionLabel(e.action)}
                {e.entityType !== "case" ? (
                  <span className="font-normal text-slate-700">
                    {" "}
                    · {fieldLabel(e.entityType)}
                    {e.entityId ? ` #${e.entityId}` : ""}
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-slate-600">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · <ActorName event={e} />
              </p>
              <AuditDetails details={e.details} />
            </li>
          ))}
        </ol>
      )}
      <ShowMoreLink
        href={`/cases/${found.id}/history?show=${shown + HISTORY_STEP}`}
        hidden={total - events.length}
        step={HISTORY_STEP}
        noun="events"
      />
    </Card>
  );
}
