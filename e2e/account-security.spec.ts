import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, gotoHydrated } from "./helpers";
import { createAccount as createAccountAt } from "./user-helpers";
import { totpCodeAt } from "./two-factor-records";

// On a demo workspace of its own: requiring two-factor of a role would lock the other
// tests' accounts out of a shared one.
const BASE = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 5}`;

test.describe.configure({ mode: "serial" });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: BASE })).newPage();
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function codeStep(page: Page, code: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Vigil" })).toBeVisible();
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The message beside the code field. */
function codeError(page: Page) {
  return page.getByRole("textbox", { name: "Code" }).locator("xpath=following-sibling::*[@role='alert']");
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
}

/** Enrols the signed-in user: returns the secret as the app would keep it, and the recovery codes shown. */
async function enrol(page: Page) {
  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = (await page.getByRole("code").first().textContent())!.replace(/\s/g, "");
  await page.getByLabel("The six-digit code the app shows").fill(totpCodeAt(secret, Date.now()));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
  return { secret, recoveryCodes };
}

/** An account the admin creates on this workspace, with the address of its admin page. */
async function createAccount(admin: Page, role: "Campaigner" | "Viewer") {
  const account = await createAccountAt(admin, role, "Two Factor");
  return { ...account, userPath: `/admin/users/${account.id}` };
}

async function adminPage(browser: Browser) {
  const admin = await newPage(browser);
  await passwordStep(admin, "admin@example.org", DEMO_PASSWORD);
  await expect(admin.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return admin;
}

test("a user turns on two-factor sign-in; signing in then takes a code once, or a recovery code once", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Campaigner");
  const page = await newPage(browser);
  await passwordStep(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const { secret, recoveryCodes } = await enrol(page);
  await page.getByRole("link", { name: "I have saved them: go on to Vigil" }).click();
  await signOut(page);

  // The password alone no longer signs in: the code is asked for.
  await passwordStep(page, account.email, account.password);
  await page.waitForURL(/\/signin\/code/);
  // The code that confirmed the app was used: it is refused within its window.
  await codeStep(page, totpCodeAt(secret, Date.now()));
  await expect(codeError(page)).toContainText("used already");
  // The app's next code is accepted (one step ahead is within the window).
  const next = totpCodeAt(secret, Date.now() + 30_000);
  await codeStep(page, next);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await signOut(page);

  // The same code again, from another sign-in: refused as replayed.
  await passwordStep(page, account.email, account.password);
  await codeStep(page, next);
  await expect(codeError(page)).toContainText("used already");
  // A recovery code instead, typed as people do: signs in once.
  await codeStep(page, recoveryCodes[0]!.toUpperCase().replace("-", " "));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/account/two-factor");
  await expect(page.getByText("Recovery codes left: 9 of 10.")).toBeVisible();
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await codeStep(page, recoveryCodes[0]!);
  await expect(codeError(page)).toContainText("not right");

  // Posting the password straight to Auth.js's endpoint opens no session either.
  const direct = await browser.newContext({ baseURL: BASE });
  const csrf = await (await direct.request.get("/api/auth/csrf")).json();
  await direct.request.post("/api/auth/callback/credentials", {
    form: { email: account.email, password: account.password, csrfToken: csrf.csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect((await direct.request.get("/", { maxRedirects: 0 })).status()).toBe(307);
  await direct.close();

  // An admin resets it (a lost phone): the password alone signs in again, and the audit log says who did it.
  await admin.goto(account.userPath);
  await admin.getByRole("button", { name: "Reset two-factor sign-in" }).click();
  await expect(admin.getByText("Off: this account signs in with its password alone.")).toBeVisible();
  await passwordStep(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await admin.goto("/admin/audit");
  await expect(admin.getByText("Reset two-factor sign-in").first()).toBeVisible();
});

test("turning two-factor off needs the password and a code", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Viewer");
  const page = await newPage(browser);
  await passwordStep(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const { recoveryCodes } = await enrol(page);
  await page.goto("/account/two-factor");
  const form = page.getByRole("form", { name: "Turn off two-factor sign-in" });
  await form.getByLabel("Your password").fill("not my password at all");
  await form.getByLabel("A code from your app, or a recovery code").fill(recoveryCodes[1]!);
  await form.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(form.getByText("Your password is incorrect.").first()).toBeVisible();
  await form.getByLabel("Your password").fill(account.password);
  await form.getByLabel("A code from your app, or a recovery code").fill(recoveryCodes[2]!);
  await form.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is off.")).toBeVisible();
});

test("an admin requires two-factor of a role: its members without it set it up before anything else", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Viewer");
  await admin.goto("/admin/users");
  const policy = admin.getByRole("form", { name: "Require two-factor sign-in" });
  await policy.getByLabel("Viewers").check();
  await policy.getByRole("button", { name: "Save requirement" }).click();
  await expect(policy.getByRole("status")).toContainText("sent to set it up");

  try {
    const page = await newPage(browser);
    await passwordStep(page, account.email, account.password);
    await page.waitForURL(/\/account\/two-factor$/);
    await expect(page.getByRole("alert").filter({ hasText: "requires two-factor sign-in" })).toBeVisible();
    // Every other page, route and action refuses them until then.
    await page.goto("/cases");
    await page.waitForURL(/\/account\/two-factor$/);
    expect((await page.request.get("/api/export/asks", { maxRedirects: 0 })).status()).toBe(401);
    await enrol(page);
    await page.getByRole("link", { name: "I have saved them: go on to Vigil" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  } finally {
    await admin.goto("/admin/users");
    await policy.getByLabel("Viewers").uncheck();
    await policy.getByRole("button", { name: "Save requirement" }).click();
    await expect(policy.getByRole("status")).toContainText("no longer required");
  }
});

// Sessions. The admin's "end everyone's sessions" comes last: it signs out the other tests' browsers.

async function signIn(page: Page, email: string, password: string) {
  await passwordStep(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** Whether the browser's next request is still signed in. */
async function stillSignedIn(page: Page): Promise<boolean> {
  await page.goto("/");
  return !/\/signin/.test(page.url());
}

test("a sign-in from a new browser is shown in the account's other browsers until set aside, and listed for admins", async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Campaigner");
  const laptop = await newPage(browser);
  await signIn(laptop, account.email, account.password);
  const notice = (page: Page) => page.getByRole("region", { name: /new browser signed in to your account/ });
  // The account's first browser is not news.
  await expect(notice(laptop)).toHaveCount(0);

  const phone = await newPage(browser);
  await signIn(phone, account.email, account.password);
  await expect(notice(phone)).toHaveCount(0);
  // The same browser signing in again is not news either.
  await signOut(laptop);
  await signIn(laptop, account.email, account.password);
  await expect(notice(laptop)).toBeVisible();
  await expect(notice(laptop)).toContainText("Chrom");

  await admin.goto("/admin/sessions");
  await expect(admin.getByRole("row").filter({ hasText: account.name })).toHaveCount(1);

  await notice(laptop).getByRole("button", { name: "It was me" }).click();
  await expect(notice(laptop)).toHaveCount(0);
  await laptop.reload();
  await expect(notice(laptop)).toHaveCount(0);
});

test("a user sees their sessions and ends another browser's, which is signed out on its next request", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Viewer");
  const laptop = await newPage(browser);
  const phone = await newPage(browser);
  const tablet = await newPage(browser);
  for (const page of [laptop, phone, tablet]) await signIn(page, account.email, account.password);

  await laptop.goto("/account");
  await laptop.getByRole("link", { name: "Your sessions" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Your sessions" })).toBeVisible();
  const rows = laptop.getByRole("row").filter({ has: laptop.getByRole("cell") });
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("This browser");

  await rows.nth(1).getByRole("button", { name: "End session" }).click();
  await expect(laptop.getByRole("status")).toContainText("Session ended");
  await expect(rows).toHaveCount(2);
  const signedIn = [await stillSignedIn(phone), await stillSignedIn(tablet)];
  expect(signedIn.filter(Boolean)).toHaveLength(1);

  await laptop.getByRole("button", { name: "End all other sessions" }).click();
  await expect(laptop.getByRole("status")).toContainText("1 other session ended");
  expect(await stillSignedIn(phone)).toBe(false);
  expect(await stillSignedIn(tablet)).toBe(false);
  expect(await stillSignedIn(laptop)).toBe(true);
});

test("an admin ends all sessions of one user", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Campaigner");
  const page = await newPage(browser);
  await signIn(page, account.email, account.password);

  await admin.goto(account.userPath);
  await expect(admin.getByRole("heading", { name: "Open sessions (1)" })).toBeVisible();
  await admin.getByRole("button", { name: "End all sessions of this user" }).click();
  await expect(admin.getByRole("status")).toContainText("1 session ended");
  expect(await stillSignedIn(page)).toBe(false);
  // Signing in again works: the account is not locked, only its sessions ended.
  await signIn(page, account.email, account.password);
});

async function switchLockdown(admin: Page, mode: RegExp) {
  await admin.goto("/admin/lockdown");
  const form = admin.getByRole("form", { name: "Lockdown" });
  await form.getByRole("radio", { name: mode }).check();
  await form.getByRole("button", { name: "Switch" }).click();
  await expect(form.getByRole("status")).toBeVisible();
}

test("read-only lockdown refuses every change, an admin's too, with a banner, until switched back", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Campaigner");
  const page = await newPage(browser);
  await signIn(page, account.email, account.password);
  await switchLockdown(admin, /^Read-only/);
  try {
    await gotoHydrated(page, "/cases/new");
    await expect(page.getByRole("status").filter({ hasText: "Vigil is read-only for now" })).toBeVisible();
    await page.getByLabel("Name of the person").fill("Lockdown Probe");
    await page.getByLabel("Case title").fill("Must not be saved");
    await page.getByLabel("Country").selectOption({ label: "Egypt" });
    await page.getByRole("button", { name: "Create case" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Vigil is read-only for now" })).toBeVisible();
    await expect(page).toHaveURL(/\/cases\/new$/);
    // Reading goes on.
    await page.goto("/cases");
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
    // The admin is refused a change too.
    await admin.goto(account.userPath);
    await admin.getByRole("button", { name: "Deactivate user" }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "Vigil is read-only for now" })).toBeVisible();
  } finally {
    await switchLockdown(admin, /^Open/);
  }
  await page.goto("/cases");
  await expect(page.getByRole("status").filter({ hasText: "Vigil is read-only" })).toHaveCount(0);
});

test("admins-only lockdown signs everyone else out and keeps them out, until switched back", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Campaigner");
  const page = await newPage(browser);
  await signIn(page, account.email, account.password);
  await switchLockdown(admin, /^Admins only/);
  try {
    expect(await stillSignedIn(page)).toBe(false);
    await passwordStep(page, account.email, account.password);
    await expect(page.getByRole("alert").filter({ hasText: "open to admins only" })).toBeVisible();
    // Admins work on, and see why the others are out.
    await admin.goto("/");
    await expect(admin.getByRole("status").filter({ hasText: "open to admins only" })).toBeVisible();
  } finally {
    await switchLockdown(admin, /^Open/);
  }
  // The ended session stays ended; signing in again works.
  expect(await stillSignedIn(page)).toBe(false);
  await signIn(page, account.email, account.password);
});

test("an admin ends everyone's sessions but their own", async ({ browser }) => {
  const admin = await adminPage(browser);
  const account = await createAccount(admin, "Viewer");
  const page = await newPage(browser);
  await signIn(page, account.email, account.password);

  await admin.goto("/admin/sessions");
  const form = admin.getByRole("form", { name: "End everyone's sessions" });
  await form.getByRole("button", { name: "End everyone's sessions" }).click();
  await expect(form).toContainText("Sign out everyone but you, now?");
  await form.getByRole("button", { name: "Yes, end every session" }).click();
  await expect(form.getByRole("status")).toContainText("sessions ended");
  expect(await stillSignedIn(page)).toBe(false);
  expect(await stillSignedIn(admin)).toBe(true);
});
