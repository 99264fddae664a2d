import { expect, test, type Page } from "@playwright/test";
import { createCase, DEMO_NAMES, gotoHydrated, signedInPage, resumeSession, uniqueName } from "./helpers";
import { AsksTab } from "./pages/asks-tab";
import { LogAskForm } from "./pages/log-ask-form";

/** Logs an ask on the case's asks tab to a new official typed into the form. */
async function logAskToNewOfficial(page: Page, caseId: number, official: { name: string; office: string }, text: string) {
  const tab = new AsksTab(page, caseId);
  await tab.goto();
  return tab.logAskToNewOfficial(official, text);
}

test("the log-an-ask form opens through the address, takes the focus, stays open after a save and closes", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Form Person"), status: "Detained" });
  const tab = new AsksTab(page, caseId);
  await tab.goto();
  await expect(page.getByRole("form", { name: "Log an ask" })).toHaveCount(0);

  await page.getByRole("link", { name: "Log an ask…" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/asks\\?.*form=ask`));
  const form = page.getByRole("form", { name: "Log an ask" });
  await expect(form.getByLabel("Find an official")).toBeFocused();

  const text = uniqueName("Raise the case at the next bilateral");
  const logAsk = new LogAskForm(form);
  await logAsk.addressToNewOfficial(uniqueName("Ambassador Ruth"));
  await logAsk.fill({ text });
  await logAsk.submitAndExpectLogged();
  await expect(tab.ask(text)).toBeVisible();
  await expect(form).toBeVisible();

  // Reloading keeps it open (it is in the address); "Close this form" puts the link back.
  await page.reload();
  await expect(page.getByRole("form", { name: "Log an ask" })).toBeVisible();
  await page.getByRole("link", { name: "Close this form" }).click();
  await expect(page.getByRole("form", { name: "Log an ask" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Log an ask…" })).toBeVisible();
});

test("a campaigner logs an ask to a new official, moves it to acknowledged and sees the history", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const person = uniqueName("Asks Person");
  const caseId = await createCase(page, { personName: person, status: "Detained" });
  await page.getByRole("link", { name: "Asks & outcomes" }).click();
  await expect(page).toHaveURL(`/cases/${caseId}/asks`);

  // A form submitted without the official's name says so beside the field and saves nothing.
  const tab = new AsksTab(page, caseId);
  const logAsk = await tab.openLogAskForm();
  await logAsk.addressToNewOfficial();
  await logAsk.submit();
  await expect(logAsk.form.getByText("Name of the new official is required.")).toBeVisible();
  await expect(logAsk.form.getByText("What was asked is required.")).toBeVisible();
  await tab.expectNoAsksYet();

  const officialName = uniqueName("Minister Nadia");
  const text = uniqueName("Please raise the detention with your counterpart");
  const ask = await logAskToNewOfficial(page, caseId, { name: officialName, office: "Minister of Foreign Affairs" }, text);
  await expect(ask.getByRole("heading")).toContainText(officialName);
  await expect(ask.getByRole("heading")).toContainText("Minister of Foreign Affairs");
  await expect(ask).toContainText("Letter");
  await expect(ask).toContainText(DEMO_NAMES.campaigner);
  await expect(ask.getByText("Made", { exact: true })).toBeVisible();

  // The form opens on request.
  await tab.moveStatus(ask, "Acknowledged", "Reply from the private office.");
  await expect(ask.getByText("Acknowledged", { exact: true })).toBeVisible();
  // Saved, the form closes and the address no longer asks for it.
  await expect(ask.getByRole("form", { name: "Move status" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/move=/);

  const history = await tab.statusHistory(ask);
  const newest = history.getByRole("listitem").first();
  await expect(newest).toContainText("Made → Acknowledged");
  await expect(newest).toContainText(DEMO_NAMES.campaigner);
  await expect(newest).toContainText("Reply from the private office.");
  await expect(history.getByRole("listitem").last()).toContainText("Logged as Made");

  // The official is now in the directory for the next ask.
  await expect(page.getByRole("form", { name: "Log an ask" }).getByLabel("Addressed to")).toContainText(officialName);
});

test("the log-an-ask form finds an official by name or office from the server", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Official Search Person") });
  const tab = new AsksTab(page, caseId);
  await tab.goto();
  const { form } = await tab.openLogAskForm();
  await form.getByLabel("Find an official").fill("secretary of state");
  const addressedTo = form.getByLabel("Addressed to");
  await expect(addressedTo.getByRole("option", { name: /Antony Blinken/ })).toHaveCount(1);
  await addressedTo.selectOption({ label: "Antony Blinken — US Secretary of State" });
  await form.getByLabel("Find an official").fill("nobody by this name");
  await expect(addressedTo.getByRole("option", { name: "No official matches the search" })).toHaveCount(1);
  // The chosen official stays chosen while searching for others.
  await expect(addressedTo).toHaveValue(/\d+/);
});

test("an edit made from a stale version is refused with a clear message", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Stale Ask Person") });
  const text = uniqueName("Visit him in prison");
  const ask = await logAskToNewOfficial(page, caseId, { name: uniqueName("Ambassador"), office: "Ambassador" }, text);
  await ask.getByRole("link", { name: /Edit ask/ }).click();
  await expect(page.getByRole("heading", { name: "Edit ask" })).toBeVisible();

  const other = await signedInPage(browser, "admin");
  await gotoHydrated(other, page.url());
  await other.getByLabel("What was asked").fill(`${text} (admin's edit)`);
  await other.getByRole("button", { name: "Save ask" }).click();
  await other.waitForURL(`**/cases/${caseId}/asks`);

  await page.getByLabel("What was asked").fill(`${text} (stale edit)`);
  await page.getByRole("button", { name: "Save ask" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else saved this record while you were editing it" });
  await expect(notice).toContainText(`What was asked: ${text} → ${text} (admin's edit)`);
  await notice.getByRole("button", { name: "Discard my edit and load theirs" }).click();
  await expect(page.getByLabel("What was asked")).toHaveValue(`${text} (admin's edit)`);
  await page.goto(`/cases/${caseId}/asks`);
  const asks = page.getByRole("list", { name: "Asks" });
  await expect(asks.getByText(`${text} (admin's edit)`)).toBeVisible();
  await expect(page.getByText(`${text} (stale edit)`)).toHaveCount(0);
  await other.context().close();
});

test("recording a release outcome can also move the case to released", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Release Person"), status: "Sentenced" });
  const askText = uniqueName("Call for a pardon");
  await logAskToNewOfficial(page, caseId, { name: uniqueName("President"), office: "President" }, askText);

  const form = await new AsksTab(page, caseId).openOutcomeForm();
  await expect(form.getByLabel("Also move the case to Released")).toHaveCount(0);
  await form.getByLabel("Type of outcome").selectOption({ label: "Release" });
  await form.getByLabel("What happened").fill("Released on presidential pardon and flown home.");
  await form.getByLabel("In answer to (optional)").selectOption({ index: 1 });
  await form.getByLabel("Also move the case to Released").check();
  await form.getByRole("button", { name: "Record outcome" }).click();
  await expect(form.getByRole("status")).toHaveText("Outcome recorded and the case moved to Released.");

  const outcomes = page.getByRole("list", { name: "Outcomes" });
  await expect(outcomes).toContainText("Released on presidential pardon and flown home.");
  await expect(outcomes).toContainText(`In answer to: ${askText}`);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("list", { name: "Status history" }).getByRole("listitem").first()).toContainText("Sentenced → Released");
});

test("a viewer reads asks and outcomes but sees no controls", async ({ page, browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const caseId = await createCase(campaigner, { personName: uniqueName("Viewer Asks Person") });
  const text = uniqueName("Publicly call for access to a lawyer");
  await logAskToNewOfficial(campaigner, caseId, { name: uniqueName("Justice Minister"), office: "Minister of Justice" }, text);
  await campaigner.context().close();

  await resumeSession(page, "viewer");
  const tab = new AsksTab(page, caseId);
  await tab.goto();
  const ask = tab.ask(text);
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("Minister of Justice");
  await expect(page.getByRole("form", { name: "Log an ask" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Record an outcome" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Move status" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Move status…" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Edit ask/ })).toHaveCount(0);
});
