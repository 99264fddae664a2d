import { expect, test } from "@playwright/test";
import { DEMO_CASE_ID, resumeSession } from "./helpers";

test("the demo case's timeline merges every kind of event in date order and filters by kind", async ({ page }) => {
  await resumeSession(page, "viewer");
  await page.goto(`/cases/${DEMO_CASE_ID}`);
  await page.getByRole("link", { name: "Timeline" }).click();
  const items = page.getByRole("list", { name: "Case timeline" }).getByRole("listitem");
  await expect(items.first()).toContainText("Arrested");
  const dates = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-date") ?? ""));
  expect(dates.length).toBeGreaterThanOrEqual(8);
  expect([...dates].sort()).toEqual(dates);
  const kinds = new Set(await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-kind"))));
  expect([...kinds].sort()).toEqual(["ask", "ask_move", "detention", "outcome", "source", "status"]);

  // Only outcomes: uncheck everything else.
  for (const label of ["Detention", "Source", "Ask", "Ask update", "Status change"]) {
    await page.getByRole("checkbox", { name: label, exact: true }).uncheck();
  }
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=outcome/);
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("Blinken said publicly");
  await expect(items.nth(1)).toContainText("released");
});
