import { expect, test } from "@playwright/test";
import { resumeSession } from "./helpers";

test("an admin finds the cases whose country needs choosing from the navigation", async ({ page }) => {
  await resumeSession(page, "admin");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries to fix" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Countries to fix" })).toBeVisible();
  // The demo workspace's countries all come from the list.
  await expect(page.getByText("Every case's country is one of the list.")).toBeVisible();
  await page.screenshot({ path: "test-results/countries-to-fix.png", fullPage: true });
});
