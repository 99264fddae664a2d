import { expect, type Locator, type Page } from "@playwright/test";
import { openForm, openOnRequest } from "../helpers";
import { LogAskForm } from "./log-ask-form";

/** A case's "Asks & outcomes" tab: its asks, the log-ask form and the outcome form. */
export class AsksTab {
  constructor(
    readonly page: Page,
    readonly caseId: number,
  ) {}

  async goto() {
    await this.page.goto(`/cases/${this.caseId}/asks`);
  }

  /** The ask whose text holds `text`. */
  ask(text: string): Locator {
    return this.page.getByRole("article").filter({ hasText: text });
  }

  async openLogAskForm(): Promise<LogAskForm> {
    return new LogAskForm(await openForm(this.page, "Log an ask"));
  }

  /** Logs an ask to a new official typed into the form; returns the ask as listed. */
  async logAskToNewOfficial(official: { name: string; office: string }, text: string, channel = "Letter"): Promise<Locator> {
    const form = await this.openLogAskForm();
    await form.addressToNewOfficial(official.name, official.office);
    await form.fill({ text, channel });
    await form.submitAndExpectLogged();
    return this.ask(text);
  }

  /** Opens the ask's "Move status" form (drawn on request) and moves it to `status`. */
  async moveStatus(ask: Locator, status: string, note?: string) {
    await openOnRequest(ask, "Move status…", ask.getByRole("form", { name: "Move status" }));
    await ask.getByLabel("New status").selectOption({ label: status });
    if (note !== undefined) await ask.getByLabel("Note (optional)").fill(note);
    await ask.getByRole("button", { name: "Move status" }).click();
  }

  /** The ask's status history, opened. */
  async statusHistory(ask: Locator): Promise<Locator> {
    await ask.getByText(/Status history/).click();
    return ask.getByRole("list", { name: "Status history" });
  }

  async openOutcomeForm(): Promise<Locator> {
    return openForm(this.page, "Record an outcome");
  }

  async expectNoAsksYet() {
    await expect(this.page.getByText("No asks logged for this case yet.")).toBeVisible();
  }
}
