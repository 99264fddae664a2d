import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Cookie, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "vigil-demo-2022";
export const DEMO_ROLES = ["admin", "campaigner", "viewer"] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

export const DEMO_NAMES: Record<DemoRole, string> = {
  admin: "Amina Admin",
  campaigner: "Carlos Campaigner",
  viewer: "Vera Viewer",
};

export async function signIn(page: Page, role: DemoRole) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(`${role}@example.org`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

const DEMO_PORT = Number(process.env.VIGIL_E2E_PORT) || 3100;

/** Where auth.setup.ts keeps the session of `role` on this run's demo server. */
export function sessionFile(role: DemoRole): string {
  return path.join(__dirname, ".auth", `${DEMO_PORT}-${role}.json`);
}

/**
 * The page signed in as `role` with the session auth.setup.ts stored, on the dashboard as
 * after signIn. Only for tests that need someone signed in, not ones about signing in or
 * out: signing out with it would end the session every other test shares.
 */
export async function resumeSession(page: Page, role: DemoRole) {
  const stored = JSON.parse(fs.readFileSync(sessionFile(role), "utf8")) as { cookies: Cookie[] };
  await page.context().addCookies(stored.cookies);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** A new browser context signed in as `role` (with the stored session), for tests that act as two people. */
export async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: sessionFile(role) });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return page;
}

/**
 * Opens `url` and waits until React has hydrated its form. Typing into a server-drawn field
 * before then can race hydration: the field's selection is reset between Playwright selecting
 * the old text and inserting the new, so the new text is appended instead of replacing it.
 */
export async function gotoHydrated(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber"));
  });
}

/** Creates a case through the UI and returns its id. */
export async function createCase(
  page: Page,
  fields: { personName: string; title?: string; country?: string; status?: string },
): Promise<number> {
  await page.goto("/cases/new");
  await page.getByLabel("Name of the person").fill(fields.personName);
  await page.getByLabel("Case title").fill(fields.title ?? `Case of ${fields.personName}`);
  await page.getByLabel("Country").selectOption({ label: fields.country ?? "Egypt" });
  if (fields.status) await page.getByLabel("Current status").selectOption({ label: fields.status });
  await page.getByRole("button", { name: "Create case" }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/** A name no other test uses, so parallel tests never see each other's records. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The server started with VIGIL_DEMO=0: an empty workspace (see playwright.config.ts). */
export const EMPTY_WORKSPACE_URL = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 1}`;

/** The reference case of the demo workspace (the seed creates it first). */
export const DEMO_CASE_ID = 1;

/** Another empty workspace, where the CSV round trip imports (see playwright.config.ts). */
export const IMPORT_WORKSPACE_URL = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 3}`;

/** Opens something drawn on request through a link named after it ("Move status…") unless it is open. */
export async function openOnRequest(scope: Page | Locator, linkName: string, opened: Locator): Promise<Locator> {
  if ((await opened.count()) === 0) await scope.getByRole("link", { name: linkName }).click();
  await expect(opened).toBeVisible();
  return opened;
}

/**
 * A form of the page drawn on request: "Log an ask…" is a link to the page with the form
 * open (`?form=ask`), so it works before the page has hydrated.
 */
export async function openForm(page: Page, name: string): Promise<Locator> {
  return openOnRequest(page, `${name}…`, page.getByRole("form", { name }));
}
