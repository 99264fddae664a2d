import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_CASE_ID, DEMO_PASSWORD } from "./helpers";

// Before a page's scripts have loaded (a slow connection, a blocked script, a chunk that
// failed), a form is the browser's own: it must post, never put what was typed in an address.

async function pageWithoutScripts(browser: Browser): Promise<{ page: Page; urls: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return { page, urls, close: () => context.close() };
}

async function signInWithoutScripts(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
}

test("without scripts, signing in posts the form: the password and email stay out of every address, and it works", async ({ browser }) => {
  const { page, urls, close } = await pageWithoutScripts(browser);
  const email = "admin@example.org";
  const typed = ["not the password at all", DEMO_PASSWORD, email].flatMap((text) => [
    text,
    encodeURIComponent(text),
    text.replaceAll(" ", "+"),
  ]);
  const leaks = () => urls.filter((url) => typed.some((text) => url.includes(text)));

  await signInWithoutScripts(page, email, "not the password at all");
  await page.waitForLoadState();
  expect(leaks()).toEqual([]);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Email").fill("");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page.locator("#email-error")).toHaveText("Email is required.");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  expect(leaks()).toEqual([]);
  expect(urls.some((url) => new URL(url).pathname === "/signin")).toBe(true);
  await close();
});

test("without scripts, signing in from a page sent to sign-in lands back on that page", async ({ browser }) => {
  const { page, close } = await pageWithoutScripts(browser);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin\?next=%2Fcases/);
  await page.getByLabel("Email").fill("viewer@example.org");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await close();
});

/** Forms that are meant to put their fields in the address, so a search or a filtered list can be bookmarked. */
const SEARCH_AND_FILTER_FORMS = new Set([
  "Search Vigil",
  "Search again",
  "Search sources",
  "Filter cases",
  "Filter people",
  "Filter audit events",
  "Show",
]);

/** Every page of the build (Next's own manifest), the demo case for ids, and the forms drawn on request. */
function pagesWithForms(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const pages = Object.keys(manifest)
    .filter((route) => route.endsWith("/page") && !route.startsWith("/_"))
    .map(
      (route) =>
        route
          .replace(/\/page$/, "")
          .replace(/\/\([^)]+\)/g, "")
          .replace(/\[[^\]]+\]/g, String(DEMO_CASE_ID)) || "/",
    )
    .filter((route) => !["/signin", "/setup"].includes(route));
  const cases = `/cases/${DEMO_CASE_ID}`;
  return [...pages, `${cases}/asks?form=ask`, `${cases}/asks?form=outcome`, `${cases}/sources?form=source`];
}

test("without scripts, every form on every page posts, except searches and filters, which hold no password", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, close } = await pageWithoutScripts(browser);
  await signInWithoutScripts(page, "admin@example.org", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const visit = pagesWithForms();
  // An ask's status form, when the demo case has an ask that can still move.
  await page.goto(`/cases/${DEMO_CASE_ID}/asks`);
  const moveStatus = page.getByRole("link", { name: /Move status/ });
  if ((await moveStatus.count()) > 0) visit.push((await moveStatus.first().getAttribute("href"))!);

  const wrong: string[] = [];
  let posting = 0;
  for (const route of visit) {
    await page.goto(route);
    const forms = await page.locator("form").evaluateAll((elements) =>
      (elements as HTMLFormElement[]).map((form) => ({
        method: form.method,
        name: form.getAttribute("aria-label") ?? form.querySelector("legend")?.textContent ?? form.textContent?.trim().slice(0, 40) ?? "",
        passwords: form.querySelectorAll("input[type=password]").length,
      })),
    );
    for (const form of forms) {
      if (form.method === "post") posting++;
      else if (!SEARCH_AND_FILTER_FORMS.has(form.name) || form.passwords > 0)
        wrong.push(`${route}: "${form.name}" submits by ${form.method}`);
    }
  }
  expect(wrong).toEqual([]);
  // The forms on request, the case, person and source editors, the user admin forms and sign-out.
  expect(posting).toBeGreaterThan(20);
  await close();
});

/** Every request of a page, with its method, to tell posted forms from addresses holding what was typed. */
async function recordedPageWithoutScripts(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: { method: string; url: string }[] = [];
  page.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));
  return { page, requests, close: () => context.close() };
}

function leaksOf(requests: { url: string }[], typed: string[]) {
  const forms = typed.flatMap((text) => [text, encodeURIComponent(text), text.replaceAll(" ", "+")]);
  return requests.filter(({ url }) => forms.some((text) => url.includes(text))).map(({ url }) => url);
}

test("without scripts, an admin creates an account and its owner changes its password, all by POST", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await recordedPageWithoutScripts(browser);
  const stamp = Date.now().toString(36);
  const name = `No Script ${stamp}`;
  const email = `no.script.${stamp}@example.org`;
  const first = `first quiet passphrase ${stamp}`;
  const changed = `third quiet passphrase ${stamp}`;
  const typed = [email, first, changed, "not my current password"];

  await signInWithoutScripts(admin.page, "admin@example.org", DEMO_PASSWORD);
  await expect(admin.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // Creating: a taken email is refused beside its field, with the name and role kept.
  await admin.page.goto("/admin/users/new");
  const newUser = admin.page.getByRole("form", { name: "New user" });
  await newUser.getByLabel("Name").fill(name);
  await newUser.getByLabel("Email").fill("viewer@example.org");
  await newUser.getByLabel("Role").selectOption({ label: "Viewer" });
  await newUser.getByLabel("Password", { exact: true }).fill(first);
  await newUser.getByLabel("Repeat the password").fill(first);
  await newUser.getByRole("button", { name: "Create user" }).click();
  await expect(admin.page.locator("#email-error")).toHaveText("Another account already uses this email address.");
  await expect(newUser.getByLabel("Name")).toHaveValue(name);
  await expect(newUser.getByLabel("Role")).toHaveValue("viewer");
  await expect(newUser.getByLabel("Password", { exact: true })).toHaveValue("");

  await newUser.getByLabel("Email").fill(email);
  await newUser.getByLabel("Password", { exact: true }).fill(first);
  await newUser.getByLabel("Repeat the password").fill(first);
  await newUser.getByRole("button", { name: "Create user" }).click();
  await expect(admin.page).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(admin.page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Changing: the owner signs in with the password the admin gave; a wrong current password is refused.
  const owner = await recordedPageWithoutScripts(browser);
  await signInWithoutScripts(owner.page, email, first);
  await expect(owner.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await owner.page.goto("/account");
  const change = () => owner.page.getByRole("form", { name: "Change password" });
  await change().getByLabel("Current password").fill("not my current password");
  await change().getByLabel("New password", { exact: true }).fill(changed);
  await change().getByLabel("Repeat the new password").fill(changed);
  await change().getByRole("button", { name: "Change password" }).click();
  await expect(owner.page.locator("#currentPassword-error")).toHaveText("Your current password is incorrect.");
  await expect(change().getByLabel("Current password")).toHaveValue("");

  await change().getByLabel("Current password").fill(first);
  await change().getByLabel("New password", { exact: true }).fill(changed);
  await change().getByLabel("Repeat the new password").fill(changed);
  await change().getByRole("button", { name: "Change password" }).click();
  await expect(owner.page).toHaveURL(/\/account\?changed=1$/);
  await expect(owner.page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

  // The new password is the one that signs in now.
  const again = await recordedPageWithoutScripts(browser);
  await signInWithoutScripts(again.page, email, changed);
  await expect(again.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const everything = [...admin.requests, ...owner.requests, ...again.requests];
  expect(leaksOf(everything, typed)).toEqual([]);
  // Each form was sent as a POST to its own page, never by GET.
  for (const path of ["/admin/users/new", "/account"]) {
    expect(
      everything.some((r) => r.method === "POST" && new URL(r.url).pathname === path),
      `a POST to ${path}`,
    ).toBe(true);
  }
  await Promise.all([admin.close(), owner.close(), again.close()]);
});
