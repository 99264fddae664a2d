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
    await page.locator("summary", { hasText: "for where held now" }).click();
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
  await page.reload();
  await setWhereHeld(false);
  await expect(page.getByTestId(`cited-place_held-${caseId}`)).not.toContainText(HRW);
});
