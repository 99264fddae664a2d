import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase, getCaseRecordCounts } from "@/lib/dal/cases";
import { listAskOwners, listAsksForCase, listCaseSources, listOfficialChoices, listOutcomesForCase } from "@/lib/dal/asks";
import { requirePageUser } from "@/lib/dal/session";
import { canWrite } from "@/lib/domain/permissions";
import { checkCaseStatusMove, isCaseStatus } from "@/lib/domain/case-status";
import { ASK_STATUS_LABELS, allowedNextAskStatuses, isAskStatus, isClosedAskStatus } from "@/lib/domain/ask-status";
import { askChannelLabel } from "@/lib/validation/ask";
import { outcomeTypeLabel } from "@/lib/validation/outcome";
import { parseId, todayIso } from "@/lib/validation/fields";
import { Badge, Card, buttonClass, formatDate, formatDateTime } from "@/app/_components/ui";
import { AskStatusBadge } from "./ask-status-badge";
import { AskStatusForm } from "./ask-status-form";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { FormOnRequest } from "@/app/_components/form-on-request";
import { shownCount } from "@/lib/domain/show-more";
import { LogAskForm } from "./log-ask-form";
import { OutcomeForm } from "./outcome-form";

export const metadata: Metadata = { title: "Asks & outcomes" };

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ asks?: string | string[]; outcomes?: string | string[]; form?: string | string[]; move?: string | string[] }> };

const LIST_STEP = 10;

function statusLabel(status: string | null) {
  return status && isAskStatus(status) ? ASK_STATUS_LABELS[status] : (status ?? "");
}

function shorten(text: string, max = 60) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export default async function CaseAsksPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const writable = canWrite(user);
  const today = todayIso();
  const query = (await searchParams) ?? {};
  const shownAsks = shownCount(query.asks, LIST_STEP);
  const shownOutcomes = shownCount(query.outcomes, LIST_STEP);
  // Only the asks and outcomes shown are read; the counts say how many more there are.
  const counts = getCaseRecordCounts(user, found.id);
  const asks = listAsksForCase(user, found.id, { limit: shownAsks });
  const outcomes = listOutcomesForCase(user, found.id, { limit: shownOutcomes });
  // Which form is open ("ask" or "outcome") is part of the address, so it is drawn only
  // when asked for and stays open across "Show more" and after a save.
  // Likewise the one ask whose status form is open (`move`).
  const openForm = writable && (query.form === "ask" || query.form === "outcome") ? query.form : null;
  const movingAskId = writable ? parseId(typeof query.move === "string" ? query.move : "") : null;
  const href = ({ asks = shownAsks, outcomes = shownOutcomes, form = openForm, move = null }: { asks?: number; outcomes?: number; form?: string | null; move?: number | null }) =>
    `/cases/${found.id}/asks?asks=${asks}&outcomes=${outcomes}${form ? `&form=${form}` : ""}${move ? `&move=${move}` : ""}`;
  const more = (list: "asks" | "outcomes") =>
    list === "asks" ? href({ asks: shownAsks + LIST_STEP }) : href({ outcomes: shownOutcomes + LIST_STEP });

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card
          title="Asks"
          actions={
            <div className="flex gap-3 text-sm">
              <a href={`/api/export/asks?case=${found.id}`} download className="font-medium text-brand-700 underline">
                Export CSV
              </a>
              <a href="/api/export/asks" download className="font-medium text-brand-700 underline">
                All asks (CSV)
              </a>
            </div>
          }
        >
          {asks.length === 0 ? (
            <p className="text-slate-600">No asks logged for this case yet.</p>
          ) : (
            <ul className="space-y-4" aria-label="Asks">
              {asks.map((ask) => {
                const next = isAskStatus(ask.status) ? allowedNextAskStatuses(ask.status) : [];
                const overdue = !!ask.followUpOn && ask.followUpOn < today && isAskStatus(ask.status) && !isClosedAskStatus(ask.status);
                return (
                  <li key={ask.id}>
                    <article aria-labelledby={`ask-${ask.id}-title`} className="rounded-md border border-slate-200 p-4">
                      <div className="flex flex-wrap items-start justify-between gap-2">
                        <h3 id={`ask-${ask.id}-title`} className="font-semibold text-slate-900">
                          <bdi>{ask.officialName}</bdi>
                          {ask.officeAtTime ? <span className="font-normal text-slate-600">, {ask.officeAtTime} (at the time)</span> : null}
                        </h3>
                        <AskStatusBadge status={ask.status} />
                      </div>
                      <p className="mt-2 whitespace-pre-line text-slate-800">{ask.text}</p>
                      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                        <div className="flex gap-2"><dt className="text-slate-600">Channel:</dt><dd>{askChannelLabel(ask.channel)}</dd></div>
                        <div className="flex gap-2"><dt className="text-slate-600">Date made:</dt><dd>{formatDate(ask.madeOn)}</dd></div>
                        <div className="flex gap-2">
                          <dt className="text-slate-600">Follow-up:</dt>
                          <dd className={overdue ? "font-semibold text-red-700" : undefined}>
                            {formatDate(ask.followUpOn)}
                            {overdue ? " (Overdue)" : ""}
                          </dd>
                        </div>
                        <div className="flex gap-2"><dt className="text-slate-600">Owner:</dt><dd>{ask.ownerName ?? "—"}</dd></div>
                      </dl>
                      <details className="mt-3 text-sm">
                        <summary className="cursor-pointer font-medium text-brand-700">Status history ({ask.history.length})</summary>
                        <ol aria-label="Status history" className="mt-2 space-y-2">
                          {ask.history.map((h) => (
                            <li key={h.id} className="border-l-4 border-brand-600 pl-3">
                              <p className="font-medium">
                                {h.fromStatus ? `${statusLabel(h.fromStatus)} → ` : "Logged as "}
                                {statusLabel(h.toStatus)}
                              </p>
                              <p className="text-slate-600">
                                {formatDateTime(h.changedAt)} · {h.changedByName}
                              </p>
                              {h.note ? <p className="text-slate-800">{h.note}</p> : null}
                            </li>
                          ))}
                        </ol>
                      </details>
                      {writable ? (
                        <>
                          {next.length > 0 && movingAskId === ask.id ? (
                            <AskStatusForm key={`${ask.status}-${ask.version}`} askId={ask.id} nextStatuses={next} closeHref={href({})} />
                          ) : next.length > 0 ? (
                            // Plain links: a next/link per ask cost the server a client component each.
                            <a href={`${href({ move: ask.id })}#ask-${ask.id}-title`} className={`${buttonClass("secondary")} mt-3`}>
                              Move status…
                            </a>
                          ) : null}
                          <p className="mt-2 text-sm">
                            <a href={`/cases/${found.id}/asks/${ask.id}/edit`} className="font-medium text-brand-700 underline">
                              Edit ask<span className="sr-only"> to {ask.officialName}</span>
                            </a>
                          </p>
                        </>
                      ) : null}
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
          <ShowMoreLink href={more("asks")} hidden={counts.asks - asks.length} step={LIST_STEP} noun="asks" />
        </Card>
        <Card title="Outcomes">
          {outcomes.length === 0 ? (
            <p className="text-slate-600">No outcomes recorded for this case yet.</p>
          ) : (
            <ul className="space-y-4" aria-label="Outcomes">
              {outcomes.map((o) => (
                <li key={o.id} className="rounded-md border border-slate-200 p-4">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone={o.type === "release" ? "green" : "teal"}>{outcomeTypeLabel(o.type)}</Badge>
                    <span className="text-sm text-slate-600">{formatDate(o.occurredOn)}</span>
                  </p>
                  <p className="mt-2 whitespace-pre-line text-slate-800">{o.description}</p>
                  {o.askText ? <p className="mt-1 text-sm text-slate-600">In answer to: {shorten(o.askText, 120)}</p> : null}
                  {o.sources.length > 0 ? (
                    <div className="mt-2 text-sm">
                      <p className="text-slate-600">Reported by:</p>
                      <ul className="list-disc pl-5">
                        {o.sources.map((s) => (
                          <li key={s.id}>
                            {s.url ? (
                              <a href={s.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 underline">
                                <bdi>{s.title}</bdi>
                              </a>
                            ) : (
                              <bdi>{s.title}</bdi>
                            )}
                            {s.outlet ? ` · ${s.outlet}` : ""}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <ShowMoreLink href={more("outcomes")} hidden={counts.outcomes - outcomes.length} step={LIST_STEP} noun="outcomes" />
        </Card>
      </div>
      {writable ? (
        <div className="space-y-6">
          <Card title="Log an ask">
            <FormOnRequest
              open={openForm === "ask"}
              label="Log an ask…"
              openHref={href({ form: "ask" })}
              closeHref={href({ form: null })}
              render={() => (
                <LogAskForm
                  caseId={found.id}
                  currentUserId={user.id}
                  officials={listOfficialChoices(user, { caseId: found.id }).map(({ id, name, office }) => ({ id, name, office }))}
                  owners={listAskOwners(user)}
                />
              )}
            />
          </Card>
          <Card title="Record an outcome">
            <FormOnRequest
              open={openForm === "outcome"}
              label="Record an outcome…"
              openHref={href({ form: "outcome" })}
              closeHref={href({ form: null })}
              render={() => (
                <OutcomeForm
                  caseId={found.id}
                  asks={listAsksForCase(user, found.id).map((a) => ({ id: a.id, label: `${a.officialName}: ${shorten(a.text)}` }))}
                  sources={listCaseSources(user, found.id).map(({ id, title, outlet, publishedOn }) => ({ id, title, outlet, publishedOn }))}
                  canMoveToReleased={isCaseStatus(found.status) && checkCaseStatusMove(found.status, "released").ok}
                />
              )}
            />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
