import { expect, test } from "@playwright/test";
import { createCase, resumeSession, signIn, uniqueName, openForm } from "./helpers";

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("my follow-ups show an overdue ask as Overdue and one due soon without it; the oldest unanswered ask leads the waiting list", async ({
  page,
}) => {
  await signIn(page, "campaigner");
  const person = uniqueName("Dashboard Person");
  const caseId = await createCase(page, { personName: person });
  await page.goto(`/cases/${caseId}/asks`);

  const log = async (text: string, followUpOn: string, madeOn: string) => {
    const form = await openForm(page, "Log an ask");
    await form.getByLabel("Addressed to").selectOption({ label: "New official…" });
    await form.getByLabel("Name of the official").fill(uniqueName("Deputy Minister"));
    await form.getByLabel("Office held").fill("Deputy Minister of the Interior");
    await form.getByLabel("What was asked").fill(text);
    await form.getByLabel("Date made").fill(madeOn);
    await form.getByLabel("Follow-up date (optional)").fill(followUpOn);
    await form.getByRole("button", { name: "Log ask" }).click();
    await expect(form.getByRole("status")).toHaveText("Ask logged.");
  };
  const overdueText = uniqueName("Confirm his transfer to a civilian prison");
  const soonText = uniqueName("Share the medical report");
  await log(overdueText, daysFromToday(-3), "2001-02-03");
  await log(soonText, daysFromToday(5), daysFromToday(0));

  await page.goto("/");
  const followUps = page.getByRole("list", { name: "My follow-ups" });
  const overdue = followUps.getByRole("listitem").filter({ hasText: overdueText });
  await expect(overdue).toContainText("Overdue");
  await expect(overdue).toContainText(person);
  const soon = followUps.getByRole("listitem").filter({ hasText: soonText });
  await expect(soon).toBeVisible();
  await expect(soon).not.toContainText("Overdue");

  const awaiting = page.getByRole("list", { name: "Awaiting a response the longest" });
  const first = awaiting.getByRole("listitem").first();
  await expect(first).toContainText(overdueText);
  await expect(first).toContainText(/\d+ days/);

  // Another user's follow-ups are not mine.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await resumeSession(page, "admin");
  await expect(page.getByText(overdueText)).toHaveCount(1); // only in the team-wide waiting list
  await expect(page.getByRole("list", { name: "My follow-ups" }).filter({ hasText: overdueText })).toHaveCount(0);
});
