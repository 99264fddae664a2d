import { expect, test } from "@playwright/test";
import { serverActions } from "./app-surface";
import { databaseDigest, openMatrixDatabase } from "./db-snapshot";
import { makeIdentities, postAction } from "./identities";
import { malformedPayloads } from "./malformed";

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
