import { expect, test } from "@playwright/test";
import { pageRoutes, routeHandlers, serverActions } from "./app-surface";
import {
  checkEndEveryonesSessions,
  checkLockdown,
  checkFirstAdminSetup,
  checkSecondFactor,
  checkSignIn,
  checkSignOut,
  checkWithSample,
  opensDashboard,
} from "./action-checks";
import { postAction } from "./action-request";
import { actionsWithoutSamples, CHECKED_APART, NO_DATABASE_CHANGE, sampleFor } from "./action-samples";
import { databaseDigest, openMatrixDatabase } from "./db-snapshot";
import { DEMO_PASSWORD, MATRIX_URL, makeIdentities, resetDemoAccounts, signedInRequestAt } from "./identities";
import { malformedPayloads } from "./malformed";
import { MatrixTally } from "./matrix-tally";
import { checkOutsideTheTeam } from "./need-to-know-checks";
import { pageAllowed } from "./policy";

// Both tests compare database digests on the matrix server, so they run one after the
// other in this file rather than side by side.
test.describe.configure({ mode: "serial" });

const PUBLIC_PAGES = new Set(["/signin", "/signin/code", "/setup", "/up"]);

test("authorisation matrix: every page, route handler and server action as every kind of caller", async ({ browser, playwright }) => {
  test.setTimeout(300_000);
  const db = openMatrixDatabase();
  const identities = await makeIdentities(browser, playwright, db);
  const tally = new MatrixTally();

  // Pages: refused callers are sent to sign-in and see no case data.
  for (const { path } of pageRoutes()) {
    for (const who of identities) {
      if (PUBLIC_PAGES.has(path)) continue;
      const response = await who.request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      const body = await response.text();
      const allowed = pageAllowed(path, who.name);
      const ok = allowed
        ? status < 500 && status !== 401 && status !== 403
        : status !== 200 && status < 500 && (who.role !== "none" || !body.includes("Rusesabagina"));
      tally.record(ok, `page ${path} as ${who.name}: ${status}`);
    }
  }

  // Route handlers (Auth.js's own endpoints excepted): no data without a session.
  for (const { path } of routeHandlers()) {
    if (path.startsWith("/api/auth")) continue;
    for (const who of identities) {
      const response = await who.request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      const ok = who.role === "none" ? status !== 200 && status < 500 : status < 500;
      tally.record(ok, `route ${path} as ${who.name}: ${status}`);
    }
  }

  // Server actions: each with arguments that would succeed for a caller allowed to use it
  // (action-checks.ts); signing out comes last, as it ends the sessions used here.
  const actions = serverActions();
  const run = { db, identities, tally, playwright };
  const apart = new Map(actions.filter((a) => CHECKED_APART.has(a.name)).map((a) => [a.name, a]));
  for (const action of actions) {
    if (CHECKED_APART.has(action.name)) continue;
    const sample = await sampleFor(action, db);
    if (sample) await checkWithSample(action, sample, run);
    else tally.fail(`action ${action.name}: no sample arguments`);
  }
  await checkOutsideTheTeam(browser, actions, run);
  const createCase = actions.find((a) => a.name === "createCaseAction");
  if (apart.has("setLockdownAction") && createCase) {
    await checkLockdown(apart.get("setLockdownAction")!, run, { action: createCase, sample: (await sampleFor(createCase, db))! });
  }
  if (apart.has("signInAction")) await checkSignIn(apart.get("signInAction")!, run);
  if (apart.has("secondFactorAction")) await checkSecondFactor(apart.get("secondFactorAction")!, run);
  if (apart.has("createFirstAdminAction")) await checkFirstAdminSetup(apart.get("createFirstAdminAction")!, run);
  // A caller signed out along the way would have been refused for the wrong reason.
  for (const who of identities.filter((i) => i.role !== "none")) {
    if (!(await opensDashboard(who.request))) tally.fail(`${who.name} lost its session during the matrix`);
  }
  if (apart.has("signOutAction")) await checkSignOut(apart.get("signOutAction")!, run);
  if (apart.has("endEveryonesSessionsAction")) {
    await resetDemoAccounts(db);
    const signInAgain = (email: string) => signedInRequestAt(browser, MATRIX_URL, email, DEMO_PASSWORD);
    await checkEndEveryonesSessions(apart.get("endEveryonesSessionsAction")!, run, signInAgain);
  }

  console.log(
    `authorisation matrix: ${tally.calls} calls (${identities.length} callers and a campaigner not on a restricted case's team), ${tally.unexpected.length} unexpected; ` +
      `${tally.provenToChange.length} actions proven to change the database for an allowed caller`,
  );
  for (const { name } of actions.filter((a) => !tally.provenToChange.includes(a.name))) {
    console.log(`  not proven by a database change: ${name}: ${NO_DATABASE_CHANGE[name] ?? "see the unexpected calls"}`);
  }
  for (const line of tally.unexpected) console.log(`  unexpected: ${line}`);
  db.close();
  // So that the next action added cannot be called with arguments that fail validation,
  // where a missing role check would change nothing.
  expect(actionsWithoutSamples(actions), "server actions without sample arguments (add them to e2e/security/action-samples.ts)").toEqual(
    [],
  );
  expect(tally.unexpected).toEqual([]);
  expect(tally.calls).toBeGreaterThan(50);
});

const PER_ACTION = 200;

test("every server action refuses 200 malformed payloads without a 500 and without changing a record", async ({ browser, playwright }) => {
  test.setTimeout(600_000);
  const db = openMatrixDatabase();
  const identities = await makeIdentities(browser, playwright, db);
  // The admin may call every action, so what is tested is validation, not the role check.
  const admin = identities.find((i) => i.name === "admin")!.request;
  const rows: string[] = [];
  let sent = 0;
  let serverErrors = 0;
  let accepted = 0;
  let changed = 0;

  for (const action of serverActions()) {
    if (action.name === "signOutAction") continue; // takes no input
    const before = databaseDigest(db);
    const payloads = malformedPayloads(PER_ACTION, action.id.charCodeAt(0) * 7919 + action.name.length);
    let actionErrors = 0;
    let actionAccepted = 0;
    for (let i = 0; i < payloads.length; i += 8) {
      const batch = payloads.slice(i, i + 8);
      const answers = await Promise.all(batch.map(async (payload) => ({ payload, response: await postAction(admin, action, payload) })));
      for (const { payload, response } of answers) {
        sent++;
        const body = await response.text();
        if (response.status() >= 500) {
          actionErrors++;
          if (actionErrors <= 3) console.log(`  ${action.name} answered ${response.status()} to ${payload.slice(0, 200)}`);
        }
        if (body.includes('"ok":true')) {
          actionAccepted++;
          console.log(`  ${action.name} accepted ${payload.slice(0, 200)}`);
        }
      }
    }
    const actionChanged = databaseDigest(db) !== before;
    serverErrors += actionErrors;
    accepted += actionAccepted;
    if (actionChanged) changed++;
    rows.push(
      `  ${action.name.padEnd(32)} ${payloads.length} payloads, ${actionErrors} × 5xx, ${actionAccepted} accepted, ${actionChanged ? "database CHANGED" : "0 records changed"}`,
    );
  }

  console.log(
    `malformed input: ${sent} payloads to ${rows.length} server actions; ${serverErrors} responses of 500, ${accepted} accepted, ${changed} actions changed records`,
  );
  for (const row of rows) console.log(row);
  db.close();
  expect(rows.length).toBeGreaterThan(10);
  expect({ serverErrors, accepted, changed }).toEqual({ serverErrors: 0, accepted: 0, changed: 0 });
});
