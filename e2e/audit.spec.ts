import { expect, test } from "@playwright/test";
import { createCase, DEMO_NAMES, resumeSession, uniqueName } from "./helpers";
import { createAccount } from "./user-helpers";

test("the case History tab shows a status change with the user's name, newest first", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const name = uniqueName("Hana History");
  const id = await createCase(page, { personName: name, status: "Detained" });
  await page.getByLabel("New status").selectOption({ label: "Sentenced" });
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("list", { name: "Status history" }).getByRole("listitem").first()).toContainText("Detained → Sentenced");

  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(`/cases/${id}/history`);
  const items = page.getByRole("list", { name: "Case history" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Changed status");
  await expect(items.first()).toContainText("Detained");
  await expect(items.first()).toContainText("Sentenced");
  await expect(items.first()).toContainText(DEMO_NAMES.campaigner);
  await expect(items.nth(1)).toContainText("Created");
});

test("a case edit appears in History with the field changed from what to what", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const name = uniqueName("Edu Edited");
  const id = await createCase(page, { personName: name, country: "Egypt" });
  await page.goto(`/cases/${id}/edit`);
  await page.getByLabel("Country").selectOption({ label: "Tunisia" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`/cases/${id}`);
  await page.goto(`/cases/${id}/history`);
  const newest = page.getByRole("list", { name: "Case history" }).getByRole("listitem").first();
  await expect(newest).toContainText("Edited");
  await expect(newest).toContainText("Country");
  await expect(newest.locator("del")).toHaveText("Egypt");
  await expect(newest.locator("ins")).toHaveText("Tunisia");
});

test("an admin finds a role change in the audit log by filtering on user and record type", async ({ page }) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Campaigner", "Ravi Role");
  await page.goto(`/admin/users/${account.id}`);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status")).toHaveText("Role saved.");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("User", { exact: true }).selectOption({ label: `${DEMO_NAMES.admin} (admin@example.org)` });
  await page.getByLabel("Record type").selectOption({ label: "User" });
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From (UTC)").fill(today);
  await page.getByLabel("To (UTC)").fill(today);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=user/);

  const row = page
    .getByRole("row")
    .filter({ hasText: "Changed role" })
    .filter({ has: page.getByRole("link", { name: `User #${account.id}` }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(DEMO_NAMES.admin);
  await expect(row.locator("del")).toHaveText("Campaigner");
  await expect(row.locator("ins")).toHaveText("Viewer");
  // Every row shown is the admin's, on a user record.
  await expect(page.getByRole("row").filter({ hasText: "Carlos Campaigner" })).toHaveCount(0);
});

test("a viewer cannot open the audit log", async ({ page }) => {
  await resumeSession(page, "viewer");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
