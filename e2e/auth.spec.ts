import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

/** Every page route of the build, from Next's own manifest, so a new page cannot be forgotten. */
function appPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((route) => route.endsWith("/page"))
    .map((route) =>
      route
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "1") || "/",
    )
    .filter((route) => !["/signin", "/setup", "/up", "/_not-found", "/_global-error"].includes(route));
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
