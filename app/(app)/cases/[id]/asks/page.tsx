import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCase, getCaseRecordCounts } from "@/server/dal/cases";
import { listAskOwners, listAsksForCase, listCaseSources, listOfficialChoices, listOutcomesForCase } from "@/server/dal/asks";
import { requirePageUser } from "@/server/dal/session";
import { canChangeCase } from "@/domain/permissions";
import { checkCaseStatusMove, isCaseStatus } from "@/domain/case-status";
import { allowedNextAskStatuses, isAskStatus } from "@/domain/ask-status";
import { parseId, todayIso } from "@/domain/schemas/fields";
import { Card } from "@/app/_components/ui";
import { AskCards, OutcomeCards } from "./ask-cards";
import { askCardView, outcomeCardView } from "@/server/views/ask-cards";
import { shorten } from "@/server/views/shorten";
import { AskStatusForm } from "./ask-status-form";
import { ShowMoreLink } from "@/app/_components/show-more-link";
import { FormOnRequest } from "@/app/_components/form-on-request";
import { shownCount } from "@/domain/show-more";
import { LogAskForm } from "./log-ask-form";
import { OutcomeForm } from "./outcome-form";
import { getCaseCitations } from "@/server/dal/citations";
import { openCitation } from "../cited-sources";
import { CiteSourcesForm } from "../cite-sources-editor";

export const metadata: Metadata = { title: "Asks & outcomes" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams?: Promise<{
    asks?: string | string[];
    outcomes?: string | string[];
    form?: string | string[];
    move?: string | string[];
    cite?: string | string[];
  }>;
};

const LIST_STEP = 10;

function nextStatuses(ask: { status: string }) {
  return isAskStatus(ask.status) ? allowedNextAskStatuses(ask.status) : [];
}

export default async function CaseAsksPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const found = id ? getCase(user, id) : null;
  if (!found) notFound();
  const writable = canChangeCase(user, found);
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
  const movingAsk = asks.find((ask) => ask.id === movingAskId && nextStatuses(ask).length > 0);
  const href = ({
    asks = shownAsks,
    outcomes = shownOutcomes,
    form = openForm,
  }: {
    asks?: number;
    outcomes?: number;
    form?: string | null;
  }) => `/cases/${found.id}/asks?asks=${asks}&outcomes=${outcomes}${form ? `&form=${form}` : ""}`;
  // Which sources support each ask and outcome; the case's source list only for the one
  // whose editor is open (`cite`), drawn in its card.
  const citations = getCaseCitations(user, found.id);
  const editing = writable ? openCitation(query.cite) : null;
  const citing = (claim: "ask" | "outcome", records: { id: number }[]) => {
    const subjectId = editing?.claim === claim ? records.find((r) => r.id === editing.subjectId)?.id : undefined;
    if (subjectId === undefined) return null;
    const sources = listCaseSources(user, found.id).map(({ id, title, confidential }) => ({ id, title, confidential }));
    return {
      subjectId,
      form: (
        <CiteSourcesForm
          caseId={found.id}
          claim={claim}
          subjectId={subjectId}
          label={`this ${claim}`}
          sources={sources}
          cited={(citations.get(`${claim}:${subjectId}`) ?? []).map((s) => s.id)}
          closeHref={href({})}
        />
      ),
    };
  };
  const more = (list: "asks" | "outcomes") =>
    list === "asks" ? href({ asks: shownAsks + LIST_STEP }) : href({ outcomes: shownOutcomes + LIST_STEP });

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card
          title="Asks"
          actions={
            <div className="flex gap-3 text-sm">
              <a href={`/api/export/asks?case=${found.id}`} download className="link">
                Export CSV
              </a>
              <a href="/api/export/asks" download className="link">
                All asks (CSV)
              </a>
            </div>
          }
        >
          {asks.length === 0 ? (
            <p className="text-slate-600">No asks logged for this case yet.</p>
          ) : (
            <AskCards
              asks={asks.map((ask) =>
                askCardView(ask, today, {
                  cited: citations.get(`ask:${ask.id}`) ?? [],
                  movable: writable && nextStatuses(ask).length > 0,
                  editable: writable,
                }),
              )}
              caseId={found.id}
              pageHref={href({})}
              writable={writable}
              citing={citing("ask", asks)}
              moving={
                movingAsk
                  ? {
                      subjectId: movingAsk.id,
                      form: (
                        <AskStatusForm
                          key={`${movingAsk.status}-${movingAsk.version}`}
                          askId={movingAsk.id}
                          nextStatuses={nextStatuses(movingAsk)}
                          closeHref={href({})}
                        />
                      ),
                    }
                  : null
              }
            />
          )}
          <ShowMoreLink href={more("asks")} hidden={counts.asks - asks.length} step={LIST_STEP} noun="asks" />
        </Card>
        <Card title="Outcomes">
          {outcomes.length === 0 ? (
            <p className="text-slate-600">No outcomes recorded for this case yet.</p>
          ) : (
            <OutcomeCards
              outcomes={outcomes.map((o) => outcomeCardView(o, citations.get(`outcome:${o.id}`) ?? []))}
              pageHref={href({})}
              writable={writable}
              citing={citing("outcome", outcomes)}
            />
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
                  officials={listOfficialChoices(user, { caseId: found.id }).map(({ id, name, office, confidential }) => ({
                    id,
                    name,
                    office,
                    confidential,
                  }))}
                  owners={listAskOwners(user)}
                  sources={listCaseSources(user, found.id).map(({ id, title, outlet, publishedOn, confidential }) => ({
                    id,
                    title,
                    outlet,
                    publishedOn,
                    confidential,
                  }))}
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
                  asks={listAsksForCase(user, found.id).map((a) => ({
                    id: a.id,
                    label: `${a.officialName}: ${shorten(a.text, 60)}`,
                    confidential: a.confidential || a.officialConfidential,
                  }))}
                  sources={listCaseSources(user, found.id).map(({ id, title, outlet, publishedOn, confidential }) => ({
                    id,
                    title,
                    outlet,
                    publishedOn,
                    confidential,
                  }))}
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
