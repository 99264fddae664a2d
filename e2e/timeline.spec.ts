import { expect, test } from "@playwright/test";
import { createCase, DEMO_CASE_ID, resumeSession, uniqueName } from "./helpers";

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

test("a status change backdated to when it happened takes its place in the history and the timeline", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Backdated Person"), status: "Detained" });

  const form = page.getByRole("form", { name: "Change status" });
  await form.getByLabel("New status").selectOption({ label: "Sentenced" });
  await form.getByLabel("Date it happened").fill("2099-01-01");
  await form.getByRole("button", { name: "Change status" }).click();
  await expect(form.getByText("Date it happened cannot be in the future.")).toBeVisible();

  await form.getByLabel("Date it happened").fill("2022-01-14");
  await form.getByLabel("Note (optional)").fill("Eight years, read out in January 2022.");
  await form.getByRole("button", { name: "Change status" }).click();

  // The sentence was handed down before today's opening entry was typed in: it comes last in
  // the newest-first history, dated 14 Jan 2022 and marked as recorded today.
  const history = page.getByRole("list", { name: "Status history" }).getByRole("listitem");
  await expect(history).toHaveCount(2);
  // The confirmation is still there once the page has refreshed with the new status.
  await expect(form.getByRole("status")).toHaveText("Status updated.");
  await expect(form.getByLabel("New status")).not.toHaveValue("sentenced");
  await expect(history.first()).toContainText("Opened as Detained");
  await expect(history.last()).toContainText("Detained → Sentenced");
  await expect(history.last()).toContainText("14 Jan 2022");
  await expect(history.last()).toContainText("recorded");

  await page.goto(`/cases/${caseId}/timeline`);
  const items = page.getByRole("list", { name: "Case timeline" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Status: Detained → Sentenced");
  await expect(items.first()).toHaveAttribute("data-date", "2022-01-14");
  await expect(items.first()).toContainText("recorded");
  await expect(items.last()).toContainText("Case opened as Detained");
});
