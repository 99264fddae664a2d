import type { APIRequestContext } from "@playwright/test";
import type Database from "better-sqlite3";
import { serverActions, type ServerAction } from "./app-surface";
import { postAction, readAnswer } from "./action-request";

/**
 * Confidential records of every kind, each field holding a marker string that appears
 * nowhere else, created through the server actions as a campaigner would create them.
 * The leak sweep then looks for every marker in everything a reader who must not see
 * them can fetch.
 */

/** A marker: letters and digits only, so search, PDF and Word keep it as one word. */
function markerFor(run: string, what: string): string {
  return `LK${run}${what}`.toUpperCase();
}

export interface LeakMarkers {
  caseId: number;
  personName: string;
  /** Every marker, by what it was written into. */
  markers: Record<string, string>;
  /** A string of the same shape that was never written anywhere, for telling an echo of the query from a leak. */
  absent: string;
}

function byName(actions: ServerAction[], name: string): ServerAction {
  const found = actions.find((a) => a.name === name);
  if (!found) throw new Error(`The build has no server action ${name}.`);
  return found;
}

/** Calls a server action as `request` and fails loudly unless it answered ok. */
async function act(request: APIRequestContext, action: ServerAction, args: unknown[]): Promise<void> {
  const answer = await readAnswer(await postAction(request, action, args));
  if (!answer.body.includes('"ok":true'))
    throw new Error(`${action.name} was refused while setting up the sweep: ${answer.status} ${answer.body.slice(0, 400)}`);
}

function idOf(db: Database.Database, sql: string, ...params: unknown[]): number {
  const row = db.prepare(sql).get(...params) as { id: number } | undefined;
  if (!row) throw new Error(`Not found after it was created: ${sql} ${params.join(", ")}`);
  return row.id;
}

export async function createLeakMarkers(campaigner: APIRequestContext, db: Database.Database): Promise<LeakMarkers> {
  const run = Date.now().toString(36);
  const names = [
    "contactname",
    "contactoffice",
    "contactnotes",
    "officialname",
    "officialoffice",
    "officialinstitution",
    "officialnotes",
    "orgname",
    "orgnotes",
    "sourcetitle",
    "sourceoutlet",
    "sourceexcerpt",
    "sourcenotes",
    "sourceurl",
    "asktoofficial",
    "outcomeofofficialask",
    "asktocontact",
    "confidentialask",
    "askmovenote",
    "confidentialoutcome",
    "statusnote",
    "releaseoutcome",
    "note",
  ] as const;
  const m = Object.fromEntries(names.map((n) => [n, markerFor(run, n)])) as Record<(typeof names)[number], string>;
  const actions = serverActions();
  const call = (name: string, ...args: unknown[]) => act(campaigner, byName(actions, name), args);

  const personName = `Sweep Case ${run}`;
  await call("createCaseAction", {
    personName,
    title: "A case the leak sweep fills",
    country: "Rwanda",
    summary: "",
    tags: "",
    priority: "high",
    status: "detained",
  });
  const caseId = idOf(db, "SELECT id FROM cases WHERE person_name = ?", personName);
  // The viewer watches the case, so every record below writes it a notice; its inbox may show
  // only those about records it may see (checked by the sweep).
  db.prepare("INSERT INTO case_watchers (case_id, user_id) SELECT ?, id FROM users WHERE email = 'viewer@example.org'").run(caseId);

  // A confidential official with an ask (in public words) and an outcome answering it.
  await call("createPersonAction", {
    kind: "official",
    name: m.officialname,
    office: m.officialoffice,
    institution: m.officialinstitution,
    country: "Rwanda",
    notes: m.officialnotes,
    caseId: "",
    confidential: true,
  });
  const officialId = idOf(db, "SELECT id FROM people WHERE name = ?", m.officialname);
  const owner = idOf(db, "SELECT id FROM users WHERE email = 'campaigner@example.org'");
  const ask = (officialId: number, text: string, confidential: boolean) =>
    call("createAskAction", caseId, {
      officialId: String(officialId),
      text,
      channel: "meeting",
      status: "made",
      madeOn: "2024-05-01",
      ownerId: String(owner),
      followUpOn: "2024-06-01",
      confidential,
    });
  await ask(officialId, m.asktoofficial, false);
  const askToOfficial = idOf(db, "SELECT id FROM asks WHERE text = ?", m.asktoofficial);
  await call("createOutcomeAction", caseId, {
    type: "meeting_held",
    occurredOn: "2024-05-02",
    description: m.outcomeofofficialask,
    askId: String(askToOfficial),
    sourceIds: [],
    confidential: false,
  });

  // An official asked in the open, who then turns out to be a relative: a confidential contact who has an ask.
  await call("createPersonAction", {
    kind: "official",
    name: `Sweep Official ${run}`,
    office: m.contactoffice,
    caseId: "",
    confidential: false,
  });
  const contactId = idOf(db, "SELECT id FROM people WHERE name = ?", `Sweep Official ${run}`);
  await ask(contactId, m.asktocontact, false);
  const contactVersion = idOf(db, "SELECT version AS id FROM people WHERE id = ?", contactId);
  await call("updatePersonAction", contactId, {
    kind: "contact",
    name: m.contactname,
    office: m.contactoffice,
    notes: m.contactnotes,
    caseId: String(caseId),
    confidential: true,
    version: contactVersion,
  });

  await call("createPersonAction", { kind: "organisation", name: m.orgname, notes: m.orgnotes, caseId: "", confidential: true });

  await call("addSourceAction", caseId, {
    title: m.sourcetitle,
    outlet: m.sourceoutlet,
    url: `https://example.org/${m.sourceurl}`,
    publishedOn: "2024-04-01",
    type: "other",
    excerpt: m.sourceexcerpt,
    notes: m.sourcenotes,
    confidential: true,
  });
  const sourceId = idOf(db, "SELECT id FROM sources WHERE title = ?", m.sourcetitle);

  // A public official of the demo workspace, asked confidentially; and asked openly with a confidential answer.
  const publicOfficial = idOf(db, "SELECT id FROM people WHERE kind = 'official' AND confidential = 0 ORDER BY id LIMIT 1");
  await ask(publicOfficial, m.confidentialask, true);
  await ask(publicOfficial, `Open ask ${run}`, false);
  const openAsk = idOf(db, "SELECT id FROM asks WHERE text = ?", `Open ask ${run}`);
  await call("changeAskStatusAction", openAsk, {
    toStatus: "acknowledged",
    occurredOn: new Date().toISOString().slice(0, 10),
    note: m.askmovenote,
    noteConfidential: true,
  });

  // A confidential outcome citing the confidential source, and a public one citing it too.
  await call("createOutcomeAction", caseId, {
    type: "detention_change",
    occurredOn: "2024-06-02",
    description: m.confidentialoutcome,
    askId: "",
    sourceIds: [String(sourceId)],
    confidential: true,
  });
  await call("createOutcomeAction", caseId, {
    type: "public_statement",
    occurredOn: "2024-06-03",
    description: `Public outcome ${run}`,
    askId: "",
    sourceIds: [String(sourceId)],
    confidential: false,
  });

  await call("changeCaseStatusAction", caseId, {
    toStatus: "charged",
    occurredOn: new Date().toISOString().slice(0, 10),
    note: m.statusnote,
    noteConfidential: true,
  });
  // The confidential source cited for a fact, a status change and an open ask: no list of what supports them may name it.
  await call("citeSourcesAction", caseId, { claim: "arrest", subjectId: caseId, sourceIds: [sourceId] });
  const charging = idOf(db, "SELECT id FROM case_status_changes WHERE case_id = ? ORDER BY id DESC LIMIT 1", caseId);
  await call("citeSourcesAction", caseId, { claim: "status_change", subjectId: charging, sourceIds: [sourceId] });
  await call("citeSourcesAction", caseId, { claim: "ask", subjectId: openAsk, sourceIds: [sourceId] });
  // A confidential release that moves the case: the move's note quotes the outcome.
  await call("createOutcomeAction", caseId, {
    type: "release",
    occurredOn: "2024-07-01",
    description: m.releaseoutcome,
    askId: "",
    sourceIds: [],
    moveCaseToReleased: true,
    confidential: true,
  });

  // Case notes have no form yet: written as the campaigner would, straight into the workspace.
  db.prepare("INSERT INTO case_notes (case_id, body, confidential, created_by) VALUES (?, ?, 1, ?)").run(caseId, m.note, owner);

  return { caseId, personName, markers: m, absent: markerFor(run, "neverwritten") };
}
