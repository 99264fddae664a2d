import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createCase, DEMO_CASE_ID, openForm, signIn, uniqueName } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("sign-in, case list and case page have no serious accessibility violations", async ({ page }) => {
  await page.goto("/signin");
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, "campaigner");
  await page.goto("/cases");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/cases/${DEMO_CASE_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: "Paul Rusesabagina" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("campaigner@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("vigil-demo-2022");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

/**
 * What is wrong with the error wiring of `form`: each message shown beside a field must be in
 * the aria-describedby of a control marked aria-invalid, and each invalid control must be
 * described by a message it can read out. Returns the problems and how many messages it saw.
 */
async function errorWiringProblems(form: Locator) {
  return form.evaluate((root) => {
    const problems: string[] = [];
    const messages = [...root.querySelectorAll<HTMLElement>('[id$="-error"]')];
    for (const message of messages) {
      const controls = [...root.querySelectorAll<HTMLElement>("input, select, textarea")].filter((c) =>
        (c.getAttribute("aria-describedby") ?? "").split(" ").includes(message.id),
      );
      if (controls.length === 0) problems.push(`no control is described by #${message.id} ("${message.textContent}")`);
      for (const c of controls)
        if (c.getAttribute("aria-invalid") !== "true")
          problems.push(`#${c.id || c.getAttribute("name")} shows "${message.textContent}" but is not aria-invalid`);
    }
    for (const c of root.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
      const texts = (c.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .filter((id) => id.endsWith("-error"))
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? "");
      if (!texts.some(Boolean)) problems.push(`#${c.id || c.getAttribute("name")} is aria-invalid but described by no message`);
    }
    return { problems, messages: messages.map((m) => m.textContent ?? "") };
  });
}

async function expectWiredErrors(form: Locator, atLeast: number) {
  await expect(form.locator('[id$="-error"]').first()).toBeVisible();
  const { problems, messages } = await errorWiringProblems(form);
  expect(problems).toEqual([]);
  expect(messages.length, messages.join(" | ")).toBeGreaterThanOrEqual(atLeast);
}

test("every form submitted empty marks each field in error and reads its message out", async ({ page }) => {
  await page.goto("/signin");
  const signInForm = page.locator("form").filter({ has: page.getByLabel("Password") });
  await signInForm.getByRole("button", { name: "Sign in" }).click();
  await expectWiredErrors(signInForm, 2);

  await signIn(page, "campaigner");
  await page.goto("/cases/new");
  const caseForm = page.locator("form").filter({ has: page.getByLabel("Case title") });
  await caseForm.getByLabel("Date of arrest").fill("2999-01-01");
  await caseForm.getByRole("button", { name: "Create case" }).click();
  await expectWiredErrors(caseForm, 4);
  await expect(caseForm.getByLabel("Case title")).toHaveAccessibleDescription(/required/i);

  await page.goto("/people/new");
  const personForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add to directory" }) });
  await personForm.getByRole("button", { name: "Add to directory" }).click();
  await expectWiredErrors(personForm, 1);

  const caseId = await createCase(page, { personName: uniqueName("Wiring Person"), status: "Detained" });
  await page.goto(`/cases/${caseId}/asks`);
  const askForm = await openForm(page, "Log an ask");
  await askForm.getByLabel("Addressed to").selectOption({ label: "New official…" });
  await askForm.getByLabel("Date made").fill("");
  await askForm.getByRole("button", { name: "Log ask" }).click();
  await expectWiredErrors(askForm, 3);

  const outcomeForm = await openForm(page, "Record an outcome");
  await outcomeForm.getByLabel("Date", { exact: true }).fill("");
  await outcomeForm.getByRole("button", { name: "Record outcome" }).click();
  await expectWiredErrors(outcomeForm, 2);

  await page.goto(`/cases/${caseId}/sources`);
  const sourceForm = await openForm(page, "Add a source");
  await sourceForm.getByLabel("Web address (optional)").fill("not an address");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expectWiredErrors(sourceForm, 2);
});
