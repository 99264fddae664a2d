import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createCase, DEMO_CASE_ID, resumeSession, uniqueName } from "./helpers";
import { at } from "../domain/test-helpers";

async function searchFromNav(page: Page, words: string) {
  const box = page.getByRole("search", { name: "Search Vigil" }).getByLabel("Search cases, people and sources");
  await box.fill(words);
  await box.press("Enter");
  await page.waitForURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
}

test("the nav search box finds the demo case by the beginning of the name and links to it", async ({ page }) => {
  await resumeSession(page, "viewer");
  await searchFromNav(page, "Rusesa");
  const cases = page.getByRole("region", { name: /^Cases/ });
  // Other tests may add cases with the same name; the demo case must be among the results.
  const link = cases.locator(`a[href="/cases/${DEMO_CASE_ID}"]`);
  await expect(link).toHaveText(/Paul Rusesabagina/);
  // The matched word is highlighted in the snippet.
  await expect(cases.locator("mark").filter({ hasText: "Rusesabagina" }).first()).toBeVisible();
  await link.click();
  await page.waitForURL(`**/cases/${DEMO_CASE_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: /Paul Rusesabagina/ })).toBeVisible();
});

test("the results show five of a kind, and 'More cases' shows the rest of that kind alone", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const word = at(uniqueName("Kestrel").split(" "), 1);
  for (let i = 1; i <= 7; i++) await createCase(page, { personName: `Kestrel ${word} ${i}` });
  await searchFromNav(page, word);
  const cases = page.getByRole("region", { name: /^Cases/ });
  await expect(cases.getByRole("listitem")).toHaveCount(5);
  await cases.getByRole("link", { name: `More cases matching “${word}”` }).click();
  await page.waitForURL(/kind=case/);
  await expect(page.getByText(`7 results among cases for “${word}”`)).toBeVisible();
  await expect(page.getByRole("region", { name: /^Cases/ }).getByRole("listitem")).toHaveCount(7);
  await expect(page.getByRole("region", { name: /^People/ })).toHaveCount(0);
  await page.getByRole("link", { name: "All results" }).click();
  await expect(page.getByRole("region", { name: /^Cases/ }).getByRole("listitem")).toHaveCount(5);
});

test("a viewer's search leaves out confidential records that a campaigner's finds", async ({ browser }) => {
  const contact = "Family representative (name withheld)";
  const note = /contact details never appear in briefs/;

  const campaigner = await (await browser.newContext()).newPage();
  await resumeSession(campaigner, "campaigner");
  await searchFromNav(campaigner, "withheld");
  await expect(campaigner.getByRole("region", { name: /^People/ }).getByRole("link", { name: contact })).toBeVisible();
  await searchFromNav(campaigner, "contact details briefs");
  await expect(campaigner.getByRole("region", { name: /^Case notes/ }).getByText(note)).toBeVisible();

  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, "viewer");
  await searchFromNav(viewer, "withheld");
  await expect(viewer.getByRole("link", { name: contact })).toHaveCount(0);
  await expect(viewer.getByText(/name withheld/)).toHaveCount(0);
  await searchFromNav(viewer, "contact details briefs");
  await expect(viewer.getByText(note)).toHaveCount(0);
  await expect(viewer.getByText("No results.")).toBeVisible();
});

test("a name typed with Arabic letters finds the case written with Persian ones", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const word = at(uniqueName("Tag").split(" "), 1);
  const caseId = await createCase(page, { personName: `علی کریمی ${word}`, country: "Iran" });
  await searchFromNav(page, `علي كريمي ${word}`);
  await expect(page.getByRole("region", { name: /^Cases/ }).locator(`a[href="/cases/${caseId}"]`)).toHaveText(`علی کریمی ${word}`);
});

test("a status change is found by its note, and a confidential note only by those who may read it", async ({ browser }) => {
  // A case, two moves and three searches in two sessions: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const campaigner = await (await browser.newContext()).newPage();
  await resumeSession(campaigner, "campaigner");
  const name = uniqueName("Moved Note");
  const [open, secret] = [at(uniqueName("Evin").split(" "), 1), at(uniqueName("Ward").split(" "), 1)];
  const caseId = await createCase(campaigner, { personName: name, status: "Detained" });
  const move = async (to: string, note: string, confidential: boolean) => {
    await campaigner.getByLabel("New status").selectOption({ label: to });
    await campaigner.getByLabel("Note (optional)").fill(note);
    if (confidential) await campaigner.getByLabel("Confidential note").check();
    await campaigner.getByRole("button", { name: "Change status" }).click();
    await expect(campaigner.getByRole("list", { name: "Status history" }).getByRole("listitem").first()).toContainText(note);
  };
  await move("Charged", `Charged before the provincial court, ${open}`, false);
  await move("On trial", `Family says the hearing was moved to ${secret}`, true);

  await searchFromNav(campaigner, open);
  const notes = campaigner.getByRole("region", { name: /^Status change notes/ });
  await expect(notes.getByRole("link", { name: `Status change on the case of ${name}` })).toHaveAttribute("href", `/cases/${caseId}`);
  await expect(notes.getByText("Moved to Charged")).toBeVisible();
  await expect(notes.locator("mark").filter({ hasText: open })).toBeVisible();
  await searchFromNav(campaigner, secret);
  await expect(campaigner.getByRole("region", { name: /^Status change notes/ }).getByRole("listitem")).toHaveCount(1);

  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, "viewer");
  await searchFromNav(viewer, open);
  await expect(viewer.getByRole("region", { name: /^Status change notes/ }).getByRole("listitem")).toHaveCount(1);
  await searchFromNav(viewer, secret);
  await expect(viewer.getByText("No results.")).toBeVisible();
  await expect(viewer.getByText(/hearing was moved/)).toHaveCount(0);
});

test("input that is not plain words shows an ordinary page with no results", async ({ page }) => {
  await resumeSession(page, "campaigner");
  await searchFromNav(page, '"(NEAR*');
  await expect(page.getByText("No results.")).toBeVisible();
  await expect(page.getByText(/No results for “"\(NEAR\*”/)).toBeVisible();
  for (const odd of ["*", 'a:b OR "', "NOT -^ )(", "\u0000x"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(odd)}`);
    expect(response?.status(), odd).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  }
});

test("the results page has no serious accessibility violations", async ({ page }) => {
  await resumeSession(page, "campaigner");
  await searchFromNav(page, "Kigali");
  await expect(page.getByRole("region", { name: /^Cases/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  expect(serious).toEqual([]);
});
