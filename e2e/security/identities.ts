import { hash } from "@node-rs/argon2";
import type { APIRequestContext, Browser, PlaywrightWorkerArgs } from "@playwright/test";

type Playwright = PlaywrightWorkerArgs["playwright"];
import type Database from "better-sqlite3";

export const MATRIX_URL = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 2}`;

/** The demo accounts' password (server/seeds/demo.ts). */
export const DEMO_PASSWORD = "vigil-demo-2022";

export type IdentityName = "anonymous" | "forged-cookie" | "middleware-subrequest" | "deactivated" | "viewer" | "campaigner" | "admin";

export interface Identity {
  name: IdentityName;
  request: APIRequestContext;
  /** The role the server should grant: none for the first four. */
  role: "none" | "viewer" | "campaigner" | "admin";
}

/** A request context signed in through the sign-in page of the server at `baseURL`. */
export async function signedInRequestAt(browser: Browser, baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A refused sign-in stays on the page with its reason: say it now, not at the test's timeout.
  const refusal = page.getByRole("alert").filter({ hasText: /\S/ }).first();
  const settled = () => {};
  await Promise.race([
    page.waitForURL(`${baseURL}/`, { timeout: 30_000 }).catch(settled),
    refusal.waitFor({ timeout: 30_000 }).catch(settled),
  ]);
  if (page.url() !== `${baseURL}/`) {
    throw new Error(`signing in as ${email} at ${baseURL} was refused: ${(await refusal.textContent()) ?? page.url()}`);
  }
  await page.close();
  return context.request;
}

function signedInRequest(browser: Browser, email: string, password: string): Promise<APIRequestContext> {
  return signedInRequestAt(browser, MATRIX_URL, email, password);
}

/**
 * Arranging an action's sample may change a demo account's password (action-samples.ts);
 * each test signs in with the demo one whatever an earlier test left. Likewise a second
 * factor the two-factor actions' samples turned on: it signs in with the password alone.
 */
export async function resetDemoAccounts(db: Database.Database): Promise<void> {
  db.prepare("UPDATE users SET password_hash = ? WHERE email IN ('viewer@example.org', 'campaigner@example.org', 'admin@example.org')").run(
    await hash(DEMO_PASSWORD),
  );
  db.prepare(
    "DELETE FROM user_two_factor WHERE user_id IN (SELECT id FROM users WHERE email IN ('viewer@example.org', 'campaigner@example.org', 'admin@example.org'))",
  ).run();
}

/**
 * Everyone the matrix calls as. The deactivated user signs in while active and is then
 * deactivated in the database, so their session cookie is real but must stop working.
 */
export async function makeIdentities(browser: Browser, playwright: Playwright, db: Database.Database): Promise<Identity[]> {
  await resetDemoAccounts(db);
  const password = "matrix-test-passphrase";
  const email = `deactivated-${Date.now()}@example.org`;
  db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, 'campaigner', ?)").run(
    email,
    "Soon Deactivated",
    await hash(password),
  );
  const deactivated = await signedInRequest(browser, email, password);
  db.prepare("UPDATE users SET active = 0 WHERE email = ?").run(email);

  const forged = await playwright.request.newContext({
    baseURL: MATRIX_URL,
    extraHTTPHeaders: { cookie: "authjs.session-token=forged.session.token" },
  });
  const subrequest = await playwright.request.newContext({
    baseURL: MATRIX_URL,
    extraHTTPHeaders: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  });
  return [
    { name: "anonymous", role: "none", request: await playwright.request.newContext({ baseURL: MATRIX_URL }) },
    { name: "forged-cookie", role: "none", request: forged },
    { name: "middleware-subrequest", role: "none", request: subrequest },
    { name: "deactivated", role: "none", request: deactivated },
    { name: "viewer", role: "viewer", request: await signedInRequest(browser, "viewer@example.org", DEMO_PASSWORD) },
    { name: "campaigner", role: "campaigner", request: await signedInRequest(browser, "campaigner@example.org", DEMO_PASSWORD) },
    { name: "admin", role: "admin", request: await signedInRequest(browser, "admin@example.org", DEMO_PASSWORD) },
  ];
}
