import type { Locator, Page } from "@playwright/test";

export type CaseTab = "Overview" | "Sources" | "Asks & outcomes" | "Timeline" | "Brief";

/** A case's pages, reached through its section tabs as a user moves between them. */
export class CasePage {
  constructor(
    readonly page: Page,
    readonly caseId: number,
  ) {}

  /** The case the page shows now (after createCase or a click through to a case). */
  static current(page: Page): CasePage {
    return new CasePage(page, Number(new URL(page.url()).pathname.split("/")[2]));
  }

  tab(name: CaseTab): Locator {
    return this.page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name });
  }

  async openTab(name: CaseTab) {
    await this.tab(name).click();
  }
}
