import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { createAccount, signedInAs } from "./user-helpers";
import { credentialsCallbackFrom, loopbackAddress, signInActionFrom } from "./from-address";

/** Every page route of the build, from Next's own manifest, so a new page cannot be forgotten. */
function appPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((route) => route.endsWith("/page"))
    .map(
      (route) =>
        route
          .replace(/\/page$/, "")
          .replace(/\/\([^)]+\)/g, "")
          .replace(/\[[^\]]+\]/g, "1") || "/",
    )
    .filter((route) => !["/signin", "/signin/code", "/setup", "/up", "/_not-found", "/_global-error"].includes(route));
}

test("signed out, every app page redirects to sign-in without showing any data", async ({ page, request }) => {
  const pages = appPages();
  expect(pages).toEqual(expect.arrayContaining(["/", "/cases", "/cases/new", "/cases/1", "/cases/1/edit"]));
  for (const route of pages) {
    const response = await request.get(route, { maxRedirects: 0 });
    expect(response.status(), route).toBe(307);
    expect(response.headers().location, route).toContain("/signin");
    expect(await response.text(), route).not.toContain("Rusesabagina");
    await page.goto(route);
    await expect(page, route).toHaveURL(/\/signin/);
  }
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("campaigner@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out ends the session, even for a copy of its cookie", async ({ page, browser }) => {
  await signIn(page, "campaigner");
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/cases");
  await expect(stolen).toHaveURL(/\/signin/);
  await thief.close();
});

test("after signing in, the user lands where they were going", async ({ page }) => {
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/signin\?next=%2Fcases/);
  await page.getByLabel("Email").fill("viewer@example.org");
  await page.getByLabel("Password").fill("vigil-demo-2022");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
});

test("one address trying a password on many accounts is locked out after 30 failures, whatever X-Forwarded-For it sends", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  const account = await createAccount(page, "Viewer", "Sam Sprayed");
  const sprayer = loopbackAddress();
  const WRONG = "Email or password is incorrect.";
  const LOCKED = "Too many failed sign-in attempts from your network. Try again in 15 minutes.";

  for (let i = 1; i <= 30; i++) {
    // A new address claimed every time: without a declared proxy none of it counts.
    const claimed = `198.51.100.${i}`;
    const reply = await signInActionFrom(sprayer, `sprayed.${i}.${Date.now()}@example.org`, "Spring2026!", {
      "x-forwarded-for": claimed,
      "x-vigil-peer-address": claimed,
    });
    expect(reply.body, `attempt ${i}`).toContain(WRONG);
  }
  // The right password for a real account is refused from that address, with a message that
  // says nothing about the account; an unknown email gets the very same answer.
  const real = await signInActionFrom(sprayer, account.email, account.password);
  expect(real.body).toContain(LOCKED);
  expect(real.headers["set-cookie"] ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining("session-token")]));
  expect((await signInActionFrom(sprayer, `nobody.${Date.now()}@example.org`, account.password)).body).toContain(LOCKED);
  // Auth.js's own endpoint refuses it too, so a script cannot go round the form.
  const direct = await credentialsCallbackFrom(sprayer, account.email, account.password);
  expect(direct.headers.location).toContain("code=client_address_locked");

  // Everyone else, the account's owner included, signs in as usual.
  await signedInAs(browser, account);
});
