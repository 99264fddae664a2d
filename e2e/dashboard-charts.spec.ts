import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { resumeSession } from "./helpers";

test("the dashboard shows both charts with their data tables and no CSP errors", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  await resumeSession(page, "campaigner");

  await expect(page.getByRole("heading", { level: 2, name: "Current cases by status" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Asks made per month, by current status (last 12 months)" })).toBeVisible();

  // The charts are SVG images with a text summary.
  const caseChart = page.getByRole("img", { name: /^Bar chart of \d+ cases? by current status/ });
  await expect(caseChart).toBeVisible();
  await expect(caseChart).toHaveAttribute("aria-label", /Released [1-9]\d*/);
  await expect(page.getByRole("img", { name: /^Stacked bar chart of .*asks? made per month/ })).toBeVisible();

  // The same numbers as a table; the demo case (Paul Rusesabagina) is released.
  const caseTable = page.getByRole("table", { name: "Cases by status (archived cases excluded)" });
  const released = caseTable.getByRole("row", { name: /^Released/ }).getByRole("cell");
  expect(Number(await released.textContent())).toBeGreaterThanOrEqual(1);
  const monthTable = page.getByRole("table", { name: "Asks made per month by current status, last 12 months" });
  await expect(monthTable.locator("tbody tr")).toHaveCount(12);

  // The table can be shown on screen.
  const caseCard = page.locator("section", { has: page.getByRole("heading", { name: "Current cases by status" }) });
  await caseCard.getByRole("button", { name: "Show as table" }).click();
  await expect(caseTable).toBeVisible();
  await expect(caseCard.getByRole("button", { name: "Hide table" })).toHaveAttribute("aria-expanded", "true");

  // Under the production Content-Security-Policy the charts load and hydrate cleanly.
  expect(consoleErrors.filter((e) => /Content.Security.Policy|Refused|hydrat/i.test(e))).toEqual([]);
});

test("the dashboard with its charts has no serious accessibility violations", async ({ page }) => {
  await resumeSession(page, "viewer");
  await expect(page.getByRole("img", { name: /^Stacked bar chart/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
});
