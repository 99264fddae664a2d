import type { Browser } from "@playwright/test";
import type { MatrixRun } from "./action-checks";
import { answeredOk, callAction, describeCall } from "./action-request";
import { CHECKED_APART, sampleFor, type ActionSample } from "./action-samples";
import { pageRoutes, routeHandlers, routeToPath, type ServerAction } from "./app-surface";
import { MATRIX_URL, signedInRequestAt } from "./identities";
import { insertCase, unique } from "./matrix-records";
import { insertUser, restrictCase } from "./team-records";

/**
 * The matrix's need-to-know identity: a campaigner who is not on a restricted case's team.
 * Every action that names a case or a record of one is sent the sample arguments with
 * their case restricted to someone else: it must answer that the record does not exist
 * and change nothing. The same call by the team's campaigner must then succeed and change
 * the database, so the refusal was for who the caller is. Every page and route of the
 * restricted case answers the outsider 404, as for a case that does not exist.
 */

const PASSWORD = "the matrix team's own passphrase";
const NOT_FOUND = /does not exist|not linked/;

function maxId(run: MatrixRun, table: string): number {
  return (run.db.prepare(`SELECT coalesce(max(id), 0) AS id FROM ${table}`).get() as { id: number }).id;
}

// An admin off a restricted case's team asking for access or joining it is what these are
// for: their own samples are such cases already, checked by the matrix's rule.
const FOR_THOSE_OFF_THE_TEAM = new Set(["requestCaseAccessAction", "joinTeamAsAdminAction"]);
// Marking notices read names only the caller's own notices, never a case: the inbox's own
// rule hides a restricted case's notices from those off its team (db/visibility.ts), which
// the need-to-know sweep checks by watching the case from outside its team.
const OWN_NOTICES_ONLY = new Set(["markNotificationReadAction", "markAllNotificationsReadAction"]);

/** The sample, with every case it arranged restricted to `teamUser`; undefined when it names no case. */
async function restrictedSample(action: ServerAction, run: MatrixRun, teamUser: number): Promise<ActionSample | undefined> {
  const { db } = run;
  if (FOR_THOSE_OFF_THE_TEAM.has(action.name) || OWN_NOTICES_ONLY.has(action.name)) return undefined;
  const casesBefore = maxId(run, "cases");
  const sample = await sampleFor(action, db);
  if (!sample) return undefined;
  let caseIds = (db.prepare("SELECT id FROM cases WHERE id > ?").all(casesBefore) as { id: number }[]).map((r) => r.id);
  // A source or a person names no case in its arguments: it is made a record of a restricted case.
  if (action.name === "updateSourceAction") {
    const owner = insertCase(db);
    db.prepare("INSERT INTO case_sources (case_id, source_id, linked_by) VALUES (?, ?, ?)").run(owner.id, sample.args[0], teamUser);
    caseIds = [owner.id];
  }
  let args = sample.args;
  if (action.name === "updatePersonAction") {
    const owner = insertCase(db);
    db.prepare("UPDATE people SET kind = 'contact', case_id = ? WHERE id = ?").run(owner.id, sample.args[0]);
    args = [sample.args[0], { ...(sample.args[1] as object), kind: "contact", caseId: String(owner.id) }];
    caseIds = [owner.id];
  }
  // The team's campaigner keeps the case restricted with themself on its team.
  if (action.name === "setCaseTeamAction") args = [sample.args[0], { ...(sample.args[1] as object), memberIds: [teamUser] }];
  if (caseIds.length === 0) return undefined;
  // A restricted case is given only to someone on its team: the new owner joins it too.
  const alsoOnTeam = action.name === "reassignCaseAction" ? [(args[1] as { ownerId: number }).ownerId] : [];
  for (const caseId of caseIds) restrictCase(db, caseId, [teamUser, ...alsoOnTeam], teamUser);
  return { ...sample, args };
}

export async function checkOutsideTheTeam(browser: Browser, actions: ServerAction[], run: MatrixRun): Promise<void> {
  const { db, identities, tally } = run;
  const outsider = identities.find((i) => i.name === "campaigner")!.request;
  // Deleting is for admins only, so an admin not on the team is the outsider who could.
  const adminOutsider = identities.find((i) => i.name === "admin")!.request;
  const email = `matrix-team-${unique()}@example.org`;
  const teamUser = await insertUser(db, { email, name: "Matrix Team Campaigner", role: "campaigner", password: PASSWORD });
  const member = await signedInRequestAt(browser, MATRIX_URL, email, PASSWORD);

  for (const action of actions) {
    if (CHECKED_APART.has(action.name)) continue;
    const sample = await restrictedSample(action, run, teamUser);
    if (!sample) continue;
    const succeeded = sample.succeeded ?? answeredOk;
    const deleting = action.name === "deleteCaseAction";
    const refused = await callAction(db, deleting ? adminOutsider : outsider, action, sample);
    tally.record(
      refused.answer.status < 500 && !succeeded(refused.answer) && !refused.changed && NOT_FOUND.test(refused.answer.body),
      `action ${action.name} on a restricted case as ${deleting ? "admin" : "campaigner"}-not-on-team: ${describeCall(refused)} (expected "does not exist", nothing changed)`,
    );
    if (deleting) continue;
    const allowed = await callAction(db, member, action, sample);
    tally.record(
      allowed.answer.status < 500 && succeeded(allowed.answer) && allowed.changed,
      `action ${action.name} on a restricted case as its team's campaigner: ${describeCall(allowed)} (expected a success that changes the database)`,
    );
  }

  const restricted = insertCase(db);
  restrictCase(db, restricted.id, [teamUser], teamUser);
  const ofACase = [...pageRoutes(), ...routeHandlers()].filter(({ route }) => route.includes("/cases/[id]"));
  for (const { route } of ofACase) {
    const path = routeToPath(`app${route.replace("[id]", String(restricted.id))}`);
    const status = (await outsider.get(path, { maxRedirects: 0, failOnStatusCode: false })).status();
    tally.record(
      status === 404,
      `${route.endsWith("/route") ? "route" : "page"} ${path} of a restricted case as campaigner-not-on-team: ${status}`,
    );
  }
}
