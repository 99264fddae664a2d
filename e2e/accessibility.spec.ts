import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_CASE_ID, signIn } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("sign-in, case list and case page have no serious accessibility violations", async ({ page }) => {
  await page.goto("/signin");
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, "campaigner");
  await page.goto("/cases");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cases/${DEMO_CASE_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: "Paul Rusesabagina" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("campaigner@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("vigil-demo-2022");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
