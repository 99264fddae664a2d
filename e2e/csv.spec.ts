import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCase, IMPORT_WORKSPACE_URL, resumeSession, uniqueName } from "./helpers";

const FIRST_ADMIN = { name: "Ifeoma Okafor", email: "ifeoma@example.net", password: "a long enough passphrase" };

/** Signs in to the empty workspace as its first admin, creating that admin if nobody has yet. */
async function emptyWorkspaceAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: IMPORT_WORKSPACE_URL })).newPage();
  await page.goto("/");
  if (new URL(page.url()).pathname === "/setup") {
    await page.getByLabel("Your name").fill(FIRST_ADMIN.name);
    await page.getByLabel("Email").fill(FIRST_ADMIN.email);
    await page.getByLabel("Password (at least 12 characters)").fill(FIRST_ADMIN.password);
    await page.getByLabel("Repeat the password").fill(FIRST_ADMIN.password);
    await page.getByRole("button", { name: "Create admin account" }).click();
  } else {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(FIRST_ADMIN.email);
    await page.getByLabel("Password").fill(FIRST_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return page;
}

function caseNames(page: Page) {
  return page.getByRole("table", { name: "Cases" }).locator("tbody tr td:first-child a");
}

test("an exported case list imported into an empty workspace reproduces the cases, and a second import adds nothing", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "campaigner");
  const country = "Nauru";
  const first = uniqueName("=Formula Person");
  const second = uniqueName("Zoë Ünïcode");
  await createCase(page, { personName: first, country, status: "Detained" });
  await createCase(page, { personName: second, country, status: "Charged" });

  await page.goto(`/cases?country=${encodeURIComponent(country)}&sort=name_asc`);
  await expect(caseNames(page)).toHaveText([first, second]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const file = await download.path();
  const csv = fs.readFileSync(file, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toMatch(/^\uFEFFName,Name in own script,Other names,Title,Country,Status,Priority,/);
  expect(csv).toContain(`'${first}`); // neutralised: a spreadsheet shows it as text
  expect(csv).toContain(second);
  expect(csv.trim().split("\r\n")).toHaveLength(3);

  const admin = await emptyWorkspaceAdmin(browser);
  await admin.goto("/cases/import");
  await admin.getByLabel("CSV file").setInputFiles({ name: "cases.csv", mimeType: "text/csv", buffer: fs.readFileSync(file) });
  await admin.getByRole("button", { name: "Check the file" }).click();
  await expect(admin.getByLabel("Case field for column Name", { exact: true })).toHaveValue("personName");
  await expect(admin.getByLabel("Case field for column Owner")).toHaveValue("");
  await expect(admin.getByText("2 new cases ready to import")).toBeVisible();
  await admin.getByRole("button", { name: "Import 2 cases" }).click();
  await expect(admin.getByText("Imported 2 cases")).toBeVisible();

  await admin.goto(`/cases?country=${encodeURIComponent(country)}&sort=name_asc`);
  await expect(caseNames(admin)).toHaveText([first, second]);
  await expect(admin.getByRole("table", { name: "Cases" })).toContainText("Charged");
  await admin.getByRole("link", { name: second }).click();
  await expect(admin.getByRole("heading", { level: 1, name: second })).toBeVisible();

  // The same file again: both rows match the imported cases and are skipped.
  await admin.goto("/cases/import");
  await admin.getByLabel("CSV file").setInputFiles({ name: "cases.csv", mimeType: "text/csv", buffer: fs.readFileSync(file) });
  await admin.getByRole("button", { name: "Check the file" }).click();
  await expect(admin.getByText(/0 new cases ready to import; 2 rows match a case already stored/)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Import 0 cases" })).toBeDisabled();
  await admin.context().close();
});

test("a CSV with one bad row is rejected whole, showing that row's line and error, and nothing is written", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const country = "Palau";
  const good = uniqueName("Good Row");
  const csv = [
    "Name,Title,Country,Status,Priority,Date of arrest",
    `${good},Held after a protest,${country},detained,high,2021-03-01`,
    `${uniqueName("Other")},"A title, with a comma",${country},charged,low,`,
    `${uniqueName("Bad Row")},Held,${country},detained,high,2021-02-30`,
  ].join("\r\n");
  await page.goto("/cases/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByText("1 problem found. Nothing will be imported until every row is correct.")).toBeVisible();
  const problems = page.getByRole("table", { name: "Problems in the file" });
  await expect(problems.locator("tbody tr")).toHaveCount(1);
  await expect(problems.locator("tbody tr").first()).toHaveText(
    /^4\s*Date of arrest\s*Date of arrest must be a valid date \(YYYY-MM-DD\)\.$/,
  );
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.goto(`/cases?country=${encodeURIComponent(country)}`);
  await expect(page.getByText("No cases match these filters.")).toBeVisible();
});

test("exports need a session, and a viewer can export the case list and the asks", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/export/cases")).status()).toBe(401);
  expect((await anonymous.get("/api/export/asks")).status()).toBe(401);
  await anonymous.dispose();

  await resumeSession(page, "viewer");
  const cases = await page.request.get("/api/export/cases?status=bogus");
  expect(cases.status()).toBe(200);
  expect(cases.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(cases.headers()["cache-control"]).toBe("no-store");
  expect(cases.headers()["content-disposition"]).toMatch(/^attachment; filename="vigil-cases-/);

  await page.goto("/cases/1/asks");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const asks = fs.readFileSync(await download.path(), "utf8");
  expect(asks).toMatch(/^\uFEFFCase,Case slug,Official,/);
  expect(asks).toContain("Rusesabagina");
  expect((await page.request.get("/api/export/asks?case=999999")).status()).toBe(404);
});
