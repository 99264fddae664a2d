import { expect, test } from "@playwright/test";
import { createCase, resumeSession, signedInPage, uniqueName } from "./helpers";

test("a campaigner creates an official, sees the official's page and updates the office", async ({ page }) => {
  await resumeSession(page, "campaigner");
  await page.goto("/people");
  await page.getByRole("link", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add person" })).toBeVisible();

  // Bad input gets an error beside the field and saves nothing.
  await page.getByRole("button", { name: "Add to directory" }).click();
  await expect(page.locator("#name-error")).toHaveText("Name is required.");
  await expect(page).toHaveURL(/\/people\/new$/);

  const name = uniqueName("Antony Blinken");
  await page.getByLabel("Kind").selectOption({ label: "Official" });
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Office or title").fill("US Secretary of State");
  await page.getByLabel("Institution").fill("US Department of State");
  await page.getByLabel("Country").fill("United States");
  await page.getByRole("button", { name: "Add to directory" }).click();

  await page.waitForURL(/\/people\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("US Department of State")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Asks made to ${name} (0)` })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Office or title").fill("Former US Secretary of State");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/people\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Former US Secretary of State").first()).toBeVisible();

  await page.goto(`/people?kind=official&q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Former US Secretary of State");
});

test("a viewer sees no add or edit controls and never a confidential contact", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  const caseName = uniqueName("Contact Case");
  await createCase(page, { personName: caseName });
  const contact = uniqueName("Defence lawyer");
  await page.goto("/people/new?kind=contact");
  await page.getByLabel("Name").fill(contact);
  await page.getByLabel("Relationship or role").fill("Defence lawyer");
  await page.getByLabel("Case", { exact: true }).selectOption({ label: `${caseName} — Case of ${caseName}` });
  await page.getByLabel("Confidential").check();
  await page.getByRole("button", { name: "Add to directory" }).click();
  await page.waitForURL(/\/people\/\d+$/);
  const contactUrl = new URL(page.url()).pathname;
  await expect(page.getByText("Confidential", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: caseName })).toBeVisible();

  const org = uniqueName("Human Rights Watch");
  await page.goto("/people/new?kind=organisation");
  await page.getByLabel("Name").fill(org);
  await page.getByRole("button", { name: "Add to directory" }).click();
  await page.waitForURL(/\/people\/\d+$/);
  const orgUrl = new URL(page.url()).pathname;

  const viewer = await signedInPage(browser, "viewer");
  await viewer.goto("/people");
  await expect(viewer.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Add person" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: org })).toBeVisible();
  await expect(viewer.getByText(contact)).toHaveCount(0);
  await viewer.goto(`/people?kind=contact&q=${encodeURIComponent(contact)}`);
  await expect(viewer.getByText("Nobody matches these filters.")).toBeVisible();

  await viewer.goto(orgUrl);
  await expect(viewer.getByRole("heading", { level: 1, name: org })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await viewer.goto(`${orgUrl}/edit`);
  await expect(viewer).toHaveURL(new RegExp(`${orgUrl}$`));
  await viewer.goto("/people/new");
  await expect(viewer).toHaveURL(/\/people$/);

  const hidden = await viewer.goto(contactUrl);
  expect(hidden?.status()).toBe(404);
  await expect(viewer.getByText(contact)).toHaveCount(0);
  await viewer.context().close();
});

test("a contact's case is found by typing its name, and stays chosen through another search", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const person = uniqueName("Contact Case Person");
  const caseId = await createCase(page, { personName: person });
  await page.goto("/people/new?kind=contact");
  await page.getByLabel("Name", { exact: true }).fill(uniqueName("Brother of"));
  const caseSelect = page.getByLabel("Case", { exact: true });
  await page.getByLabel("Find a case").fill(person);
  await expect(page).toHaveURL(/findCase=/);
  await expect(caseSelect.locator(`option[value="${caseId}"]`)).toHaveCount(1);
  await caseSelect.selectOption(String(caseId));

  // A search that finds nothing keeps the chosen case (and what was typed elsewhere).
  await page.getByLabel("Find a case").fill("nothing matches this");
  await expect(page).toHaveURL(/findCase=nothing/);
  await expect(caseSelect).toHaveValue(String(caseId));
  await page.getByRole("button", { name: "Add to directory" }).click();
  await page.waitForURL(/\/people\/\d+$/);
  await expect(page.getByRole("link", { name: person })).toBeVisible();
});
