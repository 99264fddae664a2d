import type { APIRequestContext } from "@playwright/test";
import type Database from "better-sqlite3";
import { postAction, readAnswer } from "./action-request";
import { serverActions } from "./app-surface";

/**
 * The leak sweep's second marker set: a restricted case with a record of every kind, each
 * field a marker, written through the server actions by a campaigner on its team. The case
 * is restricted before anything but its facts is written, so every record goes through the
 * same writes a team member's would. Whether a marker is confidential tells the team's
 * viewer apart: they see the case, but not its confidential items.
 */

export interface RestrictedMarkers {
  caseId: number;
  /** Ids of the records only this case has, whose own pages must answer 404 too. */
  askIds: number[];
  /** Every marker, by what it was written into. */
  markers: Record<string, string>;
  /** The markers of confidential records and notes: the team's viewer must not find them. */
  confidential: string[];
  absent: string;
}

const OPEN = [
  "name",
  "nativename",
  "alias",
  "title",
  "summary",
  "charges",
  "placeheld",
  "tag",
  "statusnote",
  "sourcetitle",
  "sourceexcerpt",
  "contactname",
  "asktext",
  "askmovenote",
  "outcome",
  "note",
] as const;
const CONFIDENTIAL = [
  "confidentialstatusnote",
  "confidentialsource",
  "confidentialask",
  "confidentialoutcome",
  "confidentialnote",
] as const;

function markerFor(run: string, what: string): string {
  return `NK${run}${what}`.toUpperCase();
}

function idOf(db: Database.Database, sql: string, ...params: unknown[]): number {
  const row = db.prepare(sql).get(...params) as { id: number } | undefined;
  if (!row) throw new Error(`Not found after it was created: ${sql} ${params.join(", ")}`);
  return row.id;
}

export async function createRestrictedMarkers(
  teamCampaigner: APIRequestContext,
  db: Database.Database,
  team: { campaignerId: number; viewerId: number },
  openCaseId: number,
): Promise<RestrictedMarkers> {
  const run = Date.now().toString(36);
  const m = Object.fromEntries([...OPEN, ...CONFIDENTIAL].map((n) => [n, markerFor(run, n)])) as Record<
    (typeof OPEN)[number] | (typeof CONFIDENTIAL)[number],
    string
  >;
  const actions = serverActions();
  const call = async (name: string, ...args: unknown[]) => {
    const action = actions.find((a) => a.name === name);
    if (!action) throw new Error(`The build has no server action ${name}.`);
    const answer = await readAnswer(await postAction(teamCampaigner, action, args));
    if (!answer.body.includes('"ok":true'))
      throw new Error(`${name} was refused to the team's campaigner: ${answer.status} ${answer.body.slice(0, 400)}`);
  };
  const today = new Date().toISOString().slice(0, 10);

  await call("createCaseAction", {
    personName: m.name,
    nativeName: m.nativename,
    aliases: m.alias,
    title: m.title,
    country: "Rwanda",
    summary: m.summary,
    tags: m.tag,
    charges: m.charges,
    placeHeld: m.placeheld,
    priority: "urgent",
    status: "detained",
  });
  const caseId = idOf(db, "SELECT id FROM cases WHERE person_name = ?", m.name);
  // The demo accounts watched the case while it was open, and their watch stays: every record
  // below writes each of them a notice that their inbox and its count must never show.
  db.prepare(
    "INSERT INTO case_watchers (case_id, user_id) SELECT ?, id FROM users WHERE email IN ('campaigner@example.org', 'viewer@example.org', 'admin@example.org')",
  ).run(caseId);
  const { version } = db.prepare("SELECT version FROM cases WHERE id = ?").get(caseId) as { version: number };
  await call("setCaseTeamAction", caseId, { restricted: true, memberIds: [team.campaignerId, team.viewerId], groupIds: [], version });

  await call("changeCaseStatusAction", caseId, { toStatus: "charged", occurredOn: today, note: m.statusnote });
  await call("changeCaseStatusAction", caseId, {
    toStatus: "sentenced",
    occurredOn: today,
    note: m.confidentialstatusnote,
    noteConfidential: true,
  });

  const source = (title: string, excerpt: string, confidential: boolean) =>
    call("addSourceAction", caseId, {
      title,
      url: `https://example.org/${title}`,
      publishedOn: "2024-04-01",
      type: "other",
      excerpt,
      confidential,
    });
  await source(m.sourcetitle, m.sourceexcerpt, false);
  await source(m.confidentialsource, "", true);
  const sourceId = idOf(db, "SELECT id FROM sources WHERE title = ?", m.sourcetitle);
  // A source an open case has too: its title may show through the open case, its link to this one (this case's name) must not.
  const sharedTitle = `Shared source ${run}`;
  await call("addSourceAction", openCaseId, { title: sharedTitle, url: `https://example.org/shared-${run}`, type: "news_report" });
  await call("linkSourceAction", caseId, { sourceId: idOf(db, "SELECT id FROM sources WHERE title = ?", sharedTitle) });
  await call("citeSourcesAction", caseId, { claim: "arrest", subjectId: caseId, sourceIds: [sourceId] });

  await call("createPersonAction", { kind: "contact", name: m.contactname, caseId: String(caseId), confidential: false });

  // An official asked on this case only: their page must not show what they were asked.
  const officialName = `Restricted-case official ${run}`;
  await call("createPersonAction", { kind: "official", name: officialName, caseId: "", confidential: false });
  const officialId = idOf(db, "SELECT id FROM people WHERE name = ?", officialName);
  const ask = (text: string, confidential: boolean) =>
    call("createAskAction", caseId, {
      officialId: String(officialId),
      text,
      channel: "meeting",
      status: "made",
      madeOn: "2024-05-01",
      ownerId: String(team.campaignerId),
      followUpOn: "2024-06-01",
      confidential,
    });
  await ask(m.asktext, false);
  await ask(m.confidentialask, true);
  const askId = idOf(db, "SELECT id FROM asks WHERE text = ?", m.asktext);
  const confidentialAskId = idOf(db, "SELECT id FROM asks WHERE text = ?", m.confidentialask);
  await call("changeAskStatusAction", askId, { toStatus: "acknowledged", occurredOn: today, note: m.askmovenote });

  const outcome = (description: string, confidential: boolean) =>
    call("createOutcomeAction", caseId, {
      type: "meeting_held",
      occurredOn: "2024-05-02",
      description,
      askId: String(askId),
      sourceIds: [String(sourceId)],
      confidential,
    });
  await outcome(m.outcome, false);
  await outcome(m.confidentialoutcome, true);

  // Case notes have no form yet: written as the sweep's first set writes them.
  const note = db.prepare("INSERT INTO case_notes (case_id, body, confidential, created_by) VALUES (?, ?, ?, ?)");
  note.run(caseId, m.note, 0, team.campaignerId);
  note.run(caseId, m.confidentialnote, 1, team.campaignerId);

  return {
    caseId,
    askIds: [askId, confidentialAskId],
    markers: m,
    confidential: CONFIDENTIAL.map((n) => m[n]),
    absent: markerFor(run, "neverwritten"),
  };
}
