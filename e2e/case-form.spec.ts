import { expect, test } from "@playwright/test";
import { createCase, DEMO_CASE_ID, resumeSession, uniqueName } from "./helpers";

test.beforeEach(async ({ page }) => {
  await resumeSession(page, "campaigner");
});

test("an invalid case form shows errors beside the fields and creates nothing", async ({ page }) => {
  const country = uniqueName("Nowhereland");
  await page.goto("/cases/new");
  await page.getByLabel("Case title").fill("x".repeat(10_000));
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.locator("#personName-error")).toHaveText("Name is required.");
  await expect(page.locator("#country-error")).toHaveText("Country is required.");
  await expect(page.locator("#title-error")).toHaveText("Title must be 300 characters or fewer.");
  await expect(page.getByLabel("Name of the person")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/cases\/new$/);
  await page.goto("/cases");
  await expect(page.getByText(country)).toHaveCount(0);
});

test("names in Latin with diacritics and Vietnamese round-trip unchanged", async ({ page }) => {
  // Suffixed, so neither matches a case already on file (which would ask before saving).
  for (const name of [uniqueName("Paul Rusesabagína"), uniqueName("Nguyễn Văn Đài")]) {
    const id = await createCase(page, { personName: name, title: uniqueName("Round trip") });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.goto(`/cases/${id}/edit`);
    await expect(page.getByLabel("Name of the person")).toHaveValue(name);
  }
});

test("a case entered in Persian keeps the Latin name first, with the Persian beside it in the list", async ({ page }) => {
  const latin = uniqueName("Narges Mohammadi");
  await page.goto("/cases/new");
  await page.getByLabel("Name of the person").fill("نرگس محمدی");
  await page.getByLabel("Case title").fill(uniqueName("Persian name"));
  await page.getByLabel("Country").selectOption({ label: "Iran" });
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.locator("#personName-error")).toHaveText(
    "Write the name in Latin letters here; the name in the person's own script goes below",
  );
  await page.getByLabel("Name of the person").fill(latin);
  await page.getByLabel("Name in their own script").fill("نرگس محمدی");
  await page.getByRole("button", { name: "Create case" }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${latin} (نرگس محمدی)`);
  await page.goto(`/cases?sort=name_asc&country=Iran`);
  await expect(page.getByRole("link", { name: `${latin} (نرگس محمدی)` })).toBeVisible();
  await page.screenshot({ path: "test-results/persian-case-list.png", fullPage: true });
});

test("creating a case for a person already on file warns with a link, and can save anyway", async ({ page }) => {
  const name = uniqueName("Twice Entered");
  const first = await createCase(page, { personName: name });
  await page.goto("/cases/new");
  await page.getByLabel("Name of the person").fill(name.toUpperCase());
  await page.getByLabel("Case title").fill("Second entry");
  await page.getByLabel("Country").selectOption({ label: "Egypt" });
  await page.getByRole("button", { name: "Create case" }).click();
  const warning = page.getByRole("region", { name: "This person may already have a case" });
  await expect(warning.getByRole("link", { name })).toHaveAttribute("href", `/cases/${first}`);
  await page.screenshot({ path: "test-results/possible-duplicate.png", fullPage: true });
  await page.getByRole("button", { name: "Create case anyway" }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  expect(page.url()).not.toContain(`/cases/${first}`);
});

test("a campaigner edits a case and sees the change", async ({ page }) => {
  const id = await createCase(page, { personName: uniqueName("Editable") });
  await page.getByRole("link", { name: "Edit case" }).click();
  await page.getByLabel("Where held now").fill("Evin Prison, Tehran");
  await page.getByLabel("Tags").fill("journalist, press freedom");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  await expect(page.getByText("Evin Prison, Tehran")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("press freedom");
});

test("an unknown case shows a not-found page, never an error", async ({ page }) => {
  for (const route of ["/cases/999999", "/cases/abc", "/cases/0/edit", "/cases/99999999999999999999"]) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});

test("the demo case carries its status history, newest first", async ({ page }) => {
  await page.goto(`/cases/${DEMO_CASE_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: "Paul Rusesabagina" })).toBeVisible();
  const items = page.getByRole("list", { name: "Status history" }).getByRole("listitem");
  await expect(items.nth(0)).toContainText("Sentenced → Released");
  await expect(items.nth(1)).toContainText("Detained → Sentenced");
  await expect(items.nth(2)).toContainText("Opened as Detained");
});
