import { expect, test } from "@playwright/test";
import { createCase, DEMO_NAMES, resumeSession, uniqueName } from "./helpers";

test("a campaigner creates a case, moves it from detained to sentenced and sees the history entry", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const name = uniqueName("Ahmed Test");
  await createCase(page, { personName: name, title: "Blogger held after posting about prison conditions", status: "Detained" });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByLabel("New status").selectOption({ label: "Sentenced" });
  await page.getByLabel("Note (optional)").fill("Five years handed down by the emergency court.");
  await page.getByRole("button", { name: "Change status" }).click();

  const history = page.getByRole("list", { name: "Status history" });
  const newest = history.getByRole("listitem").first();
  await expect(newest).toContainText("Detained → Sentenced");
  await expect(newest).toContainText(DEMO_NAMES.campaigner);
  await expect(newest).toContainText("Five years handed down by the emergency court.");
  await expect(
    page
      .locator("header")
      .getByText("Sentenced", { exact: true })
      .or(page.getByText("Sentenced", { exact: true }).first()),
  ).toBeVisible();
});
