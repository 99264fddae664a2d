import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase, getCaseRecordCounts, getStatusHistory } from "@/server/dal/cases";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { shownCount } from "@/domain/show-more";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase, canWrite } from "@/domain/permissions";
import { allowedNextStatuses, CASE_STATUS_LABELS, isCaseStatus } from "@/domain/case-status";
import { parseId } from "@/domain/schemas/fields";
import { Badge, Card, formatDate } from "@/app/_components/ui";
import { StatusChanges } from "@/app/_components/status-changes";
import { caseStatusChangeViews } from "@/server/views/status-changes";
import { StatusChangeForm } from "./status-change-form";
import { ArchivePanel } from "./archive-panel";
import { listCaseContacts } from "@/server/dal/people";
import { listCaseSources } from "@/server/dal/sources";
import { getCaseCitations } from "@/server/dal/citations";
import type { CaseFactClaim } from "@/domain/citation-claims";
import { citedSourcesFor, openCitation } from "./cited-sources";
import { FollowingCard } from "./following-card";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ history?: string | string[]; cite?: string | string[] }> };

const HISTORY_STEP = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  return { title: found ? found.personName : "Case not found" };
}

function plural(n: number, noun: string) {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}

export default async function CasePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const history = getStatusHistory(user, found.id);
  const query = (await searchParams) ?? {};
  const shownHistory = shownCount(query.history, HISTORY_STEP);
  const counts = getCaseRecordCounts(user, found.id);
  // Viewers never receive confidential contacts: the data layer leaves them out.
  const contacts = listCaseContacts(user, found.id);
  const writable = canWrite(user);
  const changeable = canChangeCase(user, found);
  const nextStatuses = isCaseStatus(found.status) ? allowedNextStatuses(found.status) : [];

  // The sources cited for each claim the page shows (only those the reader may see); the
  // case's whole source list only for the one claim whose editor is open.
  const citations = getCaseCitations(user, found.id);
  const editing = changeable ? openCitation(query.cite) : null;
  const choices = editing ? listCaseSources(user, found.id).map((s) => ({ id: s.id, title: s.title, confidential: s.confidential })) : null;
  const shownChanges = history.slice(0, shownHistory);
  const pageHref = (cite: string | null) => `/cases/${found.id}?history=${shownHistory}${cite ? `&cite=${cite}` : ""}`;
  const cite = (claim: CaseFactClaim, label: string) =>
    citedSourcesFor({
      caseId: found.id,
      claim,
      subjectId: found.id,
      label,
      cited: citations.get(`${claim}:${found.id}`) ?? [],
      writable: changeable,
      openHref: pageHref(`${claim}:${found.id}`),
      closeHref: pageHref(null),
      choices: editing?.claim === claim && editing.subjectId === found.id ? choices : null,
    });

  const facts: [string, React.ReactNode, CaseFactClaim | null][] = [
    ["Country", found.country, null],
    ["Date of arrest", formatDate(found.arrestDate), "arrest"],
    ["Place of arrest", found.arrestPlace || "—", null],
    ["Where held now", found.placeHeld || "—", "place_held"],
    ["Charges", found.charges || "—", "charges"],
    ["Sentence", found.sentence ? `${found.sentence}${found.sentenceDate ? ` (${formatDate(found.sentenceDate)})` : ""}` : "—", "sentence"],
  ];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title="Summary">
          <p dir="auto" className="whitespace-pre-line text-slate-800">
            {found.summary || "No summary yet."}
          </p>
          {cite("summary", "the summary")}
          {found.tags.length > 0 ? (
            <ul aria-label="Tags" className="mt-4 flex flex-wrap gap-2">
              {found.tags.map((tag) => (
                <li key={tag}>
                  <Badge tone="teal">{tag}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title="Detention facts">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {facts.map(([label, value, claim]) => (
              <div key={label}>
                <dt className="text-sm font-medium text-slate-600">{label}</dt>
                <dd dir="auto" className="whitespace-pre-line text-slate-900">
                  {value}
                  {/* The arrest's date and place are one claim, cited once beside its date. */}
                  {claim ? cite(claim, claim === "arrest" ? "the arrest" : label.toLowerCase()) : null}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card
          title="Contacts"
          actions={
            changeable ? (
              <Link href="/people/new?kind=contact" className="text-sm font-medium text-brand-700 underline">
                Add a contact
              </Link>
            ) : null
          }
        >
          {contacts.length === 0 ? (
            <p className="text-slate-600">No contacts recorded for this case.</p>
          ) : (
            <ul aria-label="Contacts" className="divide-y divide-slate-100">
              {contacts.map((p) => (
                <li key={p.id} className="py-2">
                  <Link href={`/people/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    <bdi>{p.name}</bdi>
                  </Link>
                  {p.office ? <span className="text-slate-600"> · {p.office}</span> : null}
                  {p.confidential ? (
                    <span className="ml-2">
                      <Badge tone="red">Confidential</Badge>
                    </span>
                  ) : null}
                  {p.notes ? <p className="text-sm text-slate-700">{p.notes}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="space-y-6">
        <Card title="Advocacy record">
          <ul aria-label="Advocacy record" className="space-y-1">
            <li>
              <a href={`/cases/${found.id}/sources`} className="link">
                {plural(counts.sources, "source")}
              </a>
            </li>
            <li>
              <a href={`/cases/${found.id}/asks`} className="link">
                {plural(counts.asks, "ask")}
              </a>
              {counts.asks > 0 ? <span className="text-slate-600">, {counts.openAsks} still open</span> : null}
            </li>
            <li>
              <a href={`/cases/${found.id}/asks`} className="link">
                {plural(counts.outcomes, "outcome")}
              </a>
            </li>
          </ul>
        </Card>
        <FollowingCard user={user} caseId={found.id} archived={Boolean(found.archivedAt)} />
        {changeable && nextStatuses.length > 0 ? (
          <Card title="Change status">
            <StatusChangeForm caseId={found.id} nextStatuses={nextStatuses} />
          </Card>
        ) : null}
        <Card title="Status history">
          <StatusChanges
            className="space-y-4"
            changes={caseStatusChangeViews(shownChanges)}
            below={Object.fromEntries(
              shownChanges.map((h) => [
                h.id,
                citedSourcesFor({
                  caseId: found.id,
                  claim: "status_change",
                  subjectId: h.id,
                  label: `the move to ${isCaseStatus(h.toStatus) ? CASE_STATUS_LABELS[h.toStatus].toLowerCase() : h.toStatus}`,
                  cited: citations.get(`status_change:${h.id}`) ?? [],
                  writable: changeable,
                  openHref: pageHref(`status_change:${h.id}`),
                  closeHref: pageHref(null),
                  choices: editing?.claim === "status_change" && editing.subjectId === h.id ? choices : null,
                }),
              ]),
            )}
          />
          <ShowMoreLink
            href={`/cases/${found.id}?history=${shownHistory + HISTORY_STEP}`}
            hidden={history.length - shownHistory}
            step={HISTORY_STEP}
            noun="changes"
          />
        </Card>
        {writable ? (
          <Card title={found.archivedAt ? "Archived case" : "Archive"}>
            <ArchivePanel caseId={found.id} personName={found.personName} archivedAt={found.archivedAt} isAdmin={user.role === "admin"} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
