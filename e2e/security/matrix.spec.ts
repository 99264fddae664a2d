import { expect, test } from "@playwright/test";
import { pageRoutes, routeHandlers, serverActions } from "./app-surface";
import { databaseDigest, openMatrixDatabase } from "./db-snapshot";
import { makeIdentities, postAction, type Identity } from "./identities";
import { malformedPayloads } from "./malformed";
import { actionPolicy, mayUse, pageAllowed, sampleArgs } from "./policy";

// Both tests compare database digests on the matrix server, so they run one after the
// other in this file rather than side by side.
test.describe.configure({ mode: "serial" });

const PUBLIC_PAGES = new Set(["/signin", "/setup", "/up"]);
// Files Next serves from app/ as routes: the browser tab's icon, shown on the sign-in page too.
const PUBLIC_FILES = new Set(["/icon.svg"]);

test("authorisation matrix: every page, route handler and server action as every kind of caller", async ({ browser, playwright }) => {
  test.setTimeout(300_000);
  const db = openMatrixDatabase();
  const identities = await makeIdentities(browser, playwright, db);
  const unexpected: string[] = [];
  let calls = 0;
  const record = (ok: boolean, what: string) => {
    calls++;
    if (!ok) unexpected.push(what);
  };

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
      record(ok, `page ${path} as ${who.name}: ${status}`);
    }
  }

  // Route handlers (Auth.js's own endpoints excepted): no data without a session.
  for (const { path } of routeHandlers()) {
    if (path.startsWith("/api/auth") || PUBLIC_FILES.has(path)) continue;
    for (const who of identities) {
      const response = await who.request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      const ok = who.role === "none" ? status !== 200 && status < 500 : status < 500;
      record(ok, `route ${path} as ${who.name}: ${status}`);
    }
  }

  // Server actions: refused callers get an error and the database does not change.
  const ordered: Identity[] = [...identities].sort((a, b) => Number(a.role !== "none") - Number(b.role !== "none"));
  for (const action of serverActions()) {
    if (action.name === "signOutAction") continue; // takes no input and changes no record
    const policy = actionPolicy(action);
    for (const who of ordered) {
      const before = databaseDigest(db);
      const response = await postAction(who.request, action, sampleArgs(action));
      const status = response.status();
      const body = await response.text();
      if (mayUse(policy, who.name)) {
        record(status < 500, `action ${action.name} as ${who.name}: ${status}`);
      } else {
        const unchanged = databaseDigest(db) === before;
        record(status < 500 && !body.includes('"ok":true') && unchanged, `action ${action.name} as ${who.name}: ${status}${unchanged ? "" : ", database changed"}`);
      }
    }
  }

  console.log(`authorisation matrix: ${calls} calls (${identities.length} callers), ${unexpected.length} unexpected`);
  for (const line of unexpected) console.log(`  unexpected: ${line}`);
  db.close();
  expect(unexpected).toEqual([]);
  expect(calls).toBeGreaterThan(50);
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
      const responses = await Promise.all(batch.map((p) => postAction(admin, action, p)));
      for (const [j, response] of responses.entries()) {
        sent++;
        const body = await response.text();
        if (response.status() >= 500) {
          actionErrors++;
          if (actionErrors <= 3) console.log(`  ${action.name} answered ${response.status()} to ${batch[j].slice(0, 200)}`);
        }
        if (body.includes('"ok":true')) {
          actionAccepted++;
          console.log(`  ${action.name} accepted ${batch[j].slice(0, 200)}`);
        }
      }
    }
    const actionChanged = databaseDigest(db) !== before;
    serverErrors += actionErrors;
    accepted += actionAccepted;
    if (actionChanged) changed++;
    rows.push(`  ${action.name.padEnd(32)} ${payloads.length} payloads, ${actionErrors} × 5xx, ${actionAccepted} accepted, ${actionChanged ? "database CHANGED" : "0 records changed"}`);
  }

  console.log(`malformed input: ${sent} payloads to ${rows.length} server actions; ${serverErrors} responses of 500, ${accepted} accepted, ${changed} actions changed records`);
  for (const row of rows) console.log(row);
  db.close();
  expect(rows.length).toBeGreaterThan(10);
  expect({ serverErrors, accepted, changed }).toEqual({ serverErrors: 0, accepted: 0, changed: 0 });
});
