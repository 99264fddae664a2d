import { hash } from "@node-rs/argon2";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import type Database from "better-sqlite3";
import type { ServerAction } from "./app-surface";
import { answeredOk, callAction, describeCall } from "./action-request";
import type { ActionSample } from "./action-samples";
import { MATRIX_URL, type Identity } from "./identities";
import type { MatrixTally } from "./matrix-tally";
import { unique } from "./matrix-records";
import { actionPolicy, mayUse } from "./policy";
import { firstAdminSchema } from "../../domain/schemas/user";

/** What every check of the matrix works with. */
export interface MatrixRun {
  db: Database.Database;
  identities: Identity[];
  tally: MatrixTally;
  playwright: PlaywrightWorkerArgs["playwright"];
}

/**
 * The rule for an action with sample arguments: first every caller that must be refused
 * (no 5xx, no success, the database unchanged), then the allowed ones with the same
 * arguments. The first allowed call must succeed and change the database: that proves
 * the refused callers were refused for who they are, not for what they sent.
 */
export async function checkWithSample(action: ServerAction, sample: ActionSample, { db, identities, tally }: MatrixRun) {
  const succeeded = sample.succeeded ?? answeredOk;
  const policy = actionPolicy(action);
  const allowed = identities.filter((who) => mayUse(policy, who.name));
  if (allowed.length === 0) tally.fail(`action ${action.name}: no caller may use it, so its sample arguments are never shown to work`);
  for (const who of identities.filter((i) => !mayUse(policy, i.name))) {
    const call = await callAction(db, who.request, action, sample);
    tally.record(
      call.answer.status < 500 && !succeeded(call.answer) && !call.changed,
      `action ${action.name} as ${who.name}: ${describeCall(call)}`,
    );
  }
  for (const [index, who] of allowed.entries()) {
    const call = await callAction(db, who.request, action, sample);
    // A second identical call may rightly be refused (a stale version, an archived case).
    if (index > 0) {
      tally.record(call.answer.status < 500, `action ${action.name} as ${who.name}: ${describeCall(call)}`);
      continue;
    }
    const proven = call.answer.status < 500 && succeeded(call.answer) && call.changed;
    tally.record(
      proven,
      `action ${action.name} as ${who.name}, the first allowed caller: ${describeCall(call)}${proven ? "" : " (expected a success that changes the database)"}`,
    );
    if (proven) tally.proveChange(action.name);
  }
}

// Signing in, signing out and setting up a workspace do not fit that rule; each has its
// own below (see CHECKED_APART in action-samples.ts).

const PASSWORD = "the matrix's own passphrase";

/** Whether a client's cookie opens the dashboard, i.e. it holds a live session. */
export async function opensDashboard(request: APIRequestContext): Promise<boolean> {
  const response = await request.get("/", { maxRedirects: 0, failOnStatusCode: false });
  return response.status() === 200;
}

/** Every caller is refused a wrong password; the right one signs a new client in. */
export async function checkSignIn(action: ServerAction, { db, identities, tally, playwright }: MatrixRun) {
  const email = `matrix-sign-in-${unique()}@example.org`;
  db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, 'Matrix Sign-in', 'viewer', ?)").run(
    email,
    await hash(PASSWORD),
  );
  for (const who of identities) {
    // A form action (useActionState): the previous state, then the form's fields.
    const call = await callAction(db, who.request, action, { args: [null, { email, password: "not the password" }] });
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed,
      `action ${action.name} with a wrong password as ${who.name}: ${describeCall(call)}`,
    );
  }
  const client = await playwright.request.newContext({ baseURL: MATRIX_URL });
  const call = await callAction(db, client, action, { args: [null, { email, password: PASSWORD }] });
  const signedIn = call.answer.status < 500 && answeredOk(call.answer) && (await opensDashboard(client));
  tally.record(
    signedIn,
    `action ${action.name} with the right password: ${describeCall(call)}${signedIn ? "" : " (expected a session that opens the dashboard)"}`,
  );
  await client.dispose();
}

/**
 * The code step of signing in: no caller's browser holds a sign-in waiting for a code, so
 * every one is refused, with a code the form's schema accepts, and nothing changes
 * (e2e/account-security.spec.ts signs in through it).
 */
export async function checkSecondFactor(action: ServerAction, { db, identities, tally }: MatrixRun) {
  for (const who of identities) {
    const call = await callAction(db, who.request, action, { args: [null, { code: "123456" }] });
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed,
      `action ${action.name} without a waiting sign-in as ${who.name}: ${describeCall(call)}`,
    );
  }
}

/** The matrix workspace has its admin: everyone is refused, with arguments that pass the setup form. */
export async function checkFirstAdminSetup(action: ServerAction, { db, identities, tally }: MatrixRun) {
  const input = {
    name: "Matrix First Admin",
    email: `matrix-first-admin-${unique()}@example.org`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
  };
  if (!firstAdminSchema.safeParse(input).success) {
    tally.fail(`action ${action.name}: its sample arguments fail the setup form's schema, so its refusals prove nothing`);
  }
  for (const who of identities) {
    const call = await callAction(db, who.request, action, { args: [null, input] });
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed,
      `action ${action.name} as ${who.name}: ${describeCall(call)}`,
    );
  }
}

/**
 * Signing out ends the caller's own session: callers without one change nothing; each
 * session holder's sign-out is recorded (so a copy of the cookie is refused) and its
 * cookie stops opening pages. Run last, as it ends the sessions the matrix uses.
 */
export async function checkSignOut(action: ServerAction, { db, identities, tally }: MatrixRun) {
  for (const who of identities) {
    // The deactivated user's cookie names a real session too, dead as it is.
    const holdsSession = who.role !== "none" || who.name === "deactivated";
    const call = await callAction(db, who.request, action, { args: [] });
    const stillOpen = who.role !== "none" && (await opensDashboard(who.request));
    const ok = call.answer.status < 500 && call.changed === holdsSession && !stillOpen;
    tally.record(
      ok,
      `action ${action.name} as ${who.name}: ${describeCall(call)}${stillOpen ? ", session still open" : ""}${
        ok ? "" : ` (expected the database to ${holdsSession ? "record the ended session" : "stay unchanged"})`
      }`,
    );
    if (ok && holdsSession) tally.proveChange(action.name);
  }
}

/**
 * Ending everyone's sessions, after signing out: the demo accounts sign in afresh; every
 * caller but the admin is refused and changes nothing; the admin's call ends the others'
 * new sessions and keeps the admin's own.
 */
export async function checkEndEveryonesSessions(
  action: ServerAction,
  { db, identities, tally }: MatrixRun,
  signIn: (email: string) => Promise<APIRequestContext>,
) {
  const sample = { args: [{ end: "everyone" }] };
  const viewer = await signIn("viewer@example.org");
  const campaigner = await signIn("campaigner@example.org");
  const admin = await signIn("admin@example.org");
  const refused = [
    ...identities.filter((i) => i.role === "none").map((i) => [i.name, i.request] as const),
    ["viewer", viewer] as const,
    ["campaigner", campaigner] as const,
  ];
  for (const [name, request] of refused) {
    const call = await callAction(db, request, action, sample);
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed,
      `action ${action.name} as ${name}: ${describeCall(call)}`,
    );
  }
  const call = await callAction(db, admin, action, sample);
  const othersOut = !(await opensDashboard(viewer)) && !(await opensDashboard(campaigner));
  const ok = call.answer.status < 500 && answeredOk(call.answer) && call.changed && othersOut && (await opensDashboard(admin));
  tally.record(
    ok,
    `action ${action.name} as admin: ${describeCall(call)}${ok ? "" : " (expected every other session ended and the admin's kept)"}`,
  );
  if (ok) tally.proveChange(action.name);
}

/**
 * The lockdown switch: every caller but the admin is refused and changes nothing. The
 * admin's switch to read-only changes the database, after which a campaigner's change and
 * the admin's own are refused and change nothing; switching back opens it again.
 */
export async function checkLockdown(action: ServerAction, run: MatrixRun, write: { action: ServerAction; sample: ActionSample }) {
  const { db, identities, tally } = run;
  const admin = identities.find((who) => who.name === "admin");
  const campaigner = identities.find((who) => who.name === "campaigner");
  if (!admin || !campaigner) return tally.fail(`action ${action.name}: no admin or campaigner caller`);
  const readOnly = { args: [{ mode: "read-only" }] };
  for (const who of identities.filter((i) => i !== admin)) {
    const call = await callAction(db, who.request, action, readOnly);
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed,
      `action ${action.name} as ${who.name}: ${describeCall(call)}`,
    );
  }
  const locked = await callAction(db, admin.request, action, readOnly);
  tally.record(
    locked.answer.status < 500 && answeredOk(locked.answer) && locked.changed,
    `action ${action.name} (read-only) as admin: ${describeCall(locked)}`,
  );
  for (const who of [campaigner, admin]) {
    const call = await callAction(db, who.request, write.action, write.sample);
    tally.record(
      call.answer.status < 500 && !answeredOk(call.answer) && !call.changed && call.answer.body.includes("read-only"),
      `action ${write.action.name} as ${who.name} while read-only: ${describeCall(call)} (expected the read-only refusal)`,
    );
  }
  const opened = await callAction(db, admin.request, action, { args: [{ mode: "off" }] });
  const ok = opened.answer.status < 500 && answeredOk(opened.answer) && opened.changed;
  tally.record(ok, `action ${action.name} (open again) as admin: ${describeCall(opened)}`);
  if (ok && locked.changed) tally.proveChange(action.name);
}
