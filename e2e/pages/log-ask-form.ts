import { expect, type Locator } from "@playwright/test";

/** The "Log an ask" form of a case's asks tab. */
export class LogAskForm {
  constructor(readonly form: Locator) {}

  /** Addresses the ask to an official typed in, not yet in the directory. */
  async addressToNewOfficial(name?: string, office?: string) {
    await this.form.getByLabel("Addressed to").selectOption({ label: "New official…" });
    if (name !== undefined) await this.form.getByLabel("Name of the official").fill(name);
    if (office !== undefined) await this.form.getByLabel("Office held").fill(office);
  }

  async fill(ask: { text: string; channel?: string; madeOn?: string }) {
    await this.form.getByLabel("What was asked").fill(ask.text);
    if (ask.channel) await this.form.getByLabel("Channel").selectOption({ label: ask.channel });
    if (ask.madeOn) await this.form.getByLabel("Date made").fill(ask.madeOn);
  }

  async submit() {
    await this.form.getByRole("button", { name: "Log ask" }).click();
  }

  async submitAndExpectLogged() {
    await this.submit();
    await expect(this.form.getByRole("status")).toHaveText("Ask logged.");
  }
}
