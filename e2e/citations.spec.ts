import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { resumeSession } from "./helpers";
import { CasePage } from "./pages/case-page";

const HRW = "Human Rights Watch urges Blinken to press Rwanda on repression";

test("a campaigner cites a source for a fact, and the brief cites it beside that fact", async ({ page }) => {
  await resumeSession(page, "campaigner");
  await page.goto("/cases");
  await page.getByRole("link", { name: "Paul Rusesabagina" }).first().click();
  await page.waitForURL(/\/cases\/\d+$/);
  const caseId = CasePage.current(page).caseId;

  const setWhereHeld = async (checked: boolean) => {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole("link", { name: "Cite sources for where held now" }).click();
    const form = page.getByRole("form", { name: "Sources that support where held now" });
    await form.getByLabel(HRW).setChecked(checked);
    await form.getByRole("button", { name: "Save sources" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sources saved." })).toBeVisible();
  };

  await setWhereHeld(true);
  await expect(page.getByTestId(`cited-place_held-${caseId}`)).toContainText(HRW);
  await page.screenshot({ path: "test-results/case-page-citations.png", fullPage: true });

  const response = await page.request.get(`/api/cases/${caseId}/brief?format=docx`);
  expect(response.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await response.body()));
  const documentXml = files["word/document.xml"];
  if (!documentXml) throw new Error("no word/document.xml in the brief");
  const text = strFromU8(documentXml).replace(/<[^>]+>/g, "");
  // The court report is [1] (the summary cites it first); HRW is first cited here, so [3].
  expect(text).toContain("Prison in Kigali, Rwanda [1][3]");
  expect(text).toContain("Terrorism-related charges [1]");

  // The demo case is shared by other tests: leave it as it was.
  await setWhereHeld(false);
  await expect(page.getByTestId(`cited-place_held-${caseId}`)).not.toContainText(HRW);
});

test("a campaigner cites a source for an ask on the asks tab, and a viewer sees the citation but no way to change it", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "campaigner");
  await page.goto("/cases");
  await page.getByRole("link", { name: "Paul Rusesabagina" }).first().click();
  await page.waitForURL(/\/cases\/\d+$/);
  const caseId = CasePage.current(page).caseId;
  await page.goto(`/cases/${caseId}/asks`);
  const firstAsk = page.getByRole("article").first();
  const cites = firstAsk.locator('[id^="ask-"][id$="-cites"]');
  const askId = Number((await cites.getAttribute("id"))?.split("-")[1]);
  const setCited = async (checked: boolean) => {
    await page.goto(`/cases/${caseId}/asks`);
    await page.getByRole("article").first().getByRole("link", { name: "Cite sources for this ask" }).click();
    const form = page.getByRole("form", { name: "Sources that support this ask" });
    await form.getByLabel(HRW).setChecked(checked);
    await form.getByRole("button", { name: "Save sources" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sources saved." })).toBeVisible();
  };
  await setCited(true);
  await expect(page.getByTestId(`cited-ask-${askId}`)).toContainText(HRW);
  await page.screenshot({ path: "test-results/asks-tab-citations.png", fullPage: true });

  const viewer = await browser.newPage();
  await resumeSession(viewer, "viewer");
  await viewer.goto(`/cases/${caseId}/asks`);
  await expect(viewer.getByTestId(`cited-ask-${askId}`)).toContainText(HRW);
  await expect(viewer.getByRole("link", { name: /Cite sources/ })).toHaveCount(0);
  await viewer.close();

  await setCited(false);
  await expect(page.getByTestId(`cited-ask-${askId}`)).not.toContainText(HRW);
});
