import { expect, type Download, type Page } from "@playwright/test";
import { CasePage } from "./case-page";

/** A case's Brief tab: the form that exports the case brief as PDF or Word. */
export class BriefPage {
  constructor(
    readonly page: Page,
    readonly caseId: number,
  ) {}

  /** Finds the demo case in the case list and opens its Brief tab, as a user would. */
  static async openDemoCase(page: Page): Promise<BriefPage> {
    await page.goto("/cases");
    await page.getByRole("link", { name: "Paul Rusesabagina" }).first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    const kase = CasePage.current(page);
    await kase.openTab("Brief");
    await expect(page.getByRole("heading", { name: "Export a case brief" })).toBeVisible();
    return new BriefPage(page, kase.caseId);
  }

  async choose(format: "PDF" | "Word (.docx)") {
    await this.page.getByLabel(format).check();
  }

  confidentialOption() {
    return this.page.getByLabel("Include confidential items");
  }

  /** Presses "Export brief" and waits for the file it downloads. */
  async export(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Export brief" }).click(),
    ]);
    return download;
  }
}
