import { expect, test } from "@playwright/test";
import { createCase, resumeSession, uniqueName, openForm } from "./helpers";
import { AsksTab } from "./pages/asks-tab";
import { CasePage } from "./pages/case-page";

test("a campaigner links a source, logs an ask, moves it, records an outcome, and sees it all on the timeline and the official's page", async ({
  page,
}) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Advocacy Flow"), status: "Detained" });
  const kase = new CasePage(page, caseId);
  const asksTab = new AsksTab(page, caseId);
  const sourceTitle = uniqueName("Court hearing adjourned again");
  const official = uniqueName("Ambassador Ingrid Holm");
  const askText = uniqueName("Request consular access and a visit to the prison");
  const outcomeText = uniqueName("The ambassador raised the case publicly");

  // 1. The news report.
  await kase.openTab("Sources");
  const sourceForm = await openForm(page, "Add a source");
  await sourceForm.getByLabel("Title").fill(sourceTitle);
  await sourceForm.getByLabel("Outlet").fill("Example Wire");
  await sourceForm.getByLabel("Web address (optional)").fill(`https://wire.example.org/${encodeURIComponent(sourceTitle)}`);
  await sourceForm.getByLabel("Date published").fill("2024-03-01");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");

  // 2. The ask, to an official added on the spot, then its reply.
  await kase.openTab("Asks & outcomes");
  const askForm = await asksTab.openLogAskForm();
  await askForm.addressToNewOfficial(official, "Ambassador to Egypt");
  await askForm.fill({ text: askText, channel: "Meeting", madeOn: "2024-03-05" });
  await askForm.submitAndExpectLogged();
  const ask = asksTab.ask(askText);
  // The form opens on request.
  await asksTab.moveStatus(ask, "Acknowledged");
  await expect((await asksTab.statusHistory(ask)).getByRole("listitem").first()).toContainText("Made → Acknowledged");

  // 3. What came of it, answering the ask and citing the report.
  const outcomeForm = await asksTab.openOutcomeForm();
  await outcomeForm.getByLabel("Type of outcome").selectOption({ label: "Public statement" });
  await outcomeForm.getByLabel("Date", { exact: true }).fill("2024-03-20");
  await outcomeForm.getByLabel("What happened").fill(outcomeText);
  await outcomeForm.getByLabel("In answer to (optional)").selectOption({ index: 1 });
  await outcomeForm.getByLabel(sourceTitle).check();
  await outcomeForm.getByRole("button", { name: "Record outcome" }).click();
  await expect(outcomeForm.getByRole("status")).toContainText("Outcome recorded");

  // 4. The timeline tells the story in date order.
  await kase.openTab("Timeline");
  const items = page.getByRole("list", { name: "Case timeline" }).getByRole("listitem");
  await expect(items.filter({ hasText: outcomeText })).toHaveCount(1);
  const dates = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-date") ?? ""));
  expect([...dates].sort()).toEqual(dates);
  const texts = await items.allInnerTexts();
  const at = (needle: string) => texts.findIndex((t) => t.includes(needle));
  expect(at(sourceTitle)).toBeGreaterThanOrEqual(0);
  expect(at(askText)).toBeGreaterThan(at(sourceTitle));
  expect(at(outcomeText)).toBeGreaterThan(at(askText));
  expect(texts.some((t) => t.includes(`Ask to ${official}`) && t.includes("Acknowledged"))).toBe(true);

  // 5. The official's page: every ask to them, its status and what came of it.
  await items
    .filter({ hasText: askText })
    .getByRole("link", { name: new RegExp(official) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: official })).toBeVisible();
  const asks = page.getByRole("list", { name: "Asks" });
  await expect(asks).toContainText(askText);
  await expect(asks).toContainText("Acknowledged");
  await expect(asks).toContainText("Ambassador to Egypt");
  await expect(asks).toContainText(outcomeText);
});
