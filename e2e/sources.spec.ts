import { expect, test, type Page } from "@playwright/test";
import { createCase, gotoHydrated, resumeSession, signedInPage, uniqueName, openForm } from "./helpers";

async function addSource(
  page: Page,
  caseId: number,
  fields: { title: string; url?: string; outlet?: string; date?: string; excerpt?: string; confidential?: boolean },
) {
  await page.goto(`/cases/${caseId}/sources`);
  const form = await openForm(page, "Add a source");
  await form.getByLabel("Title").fill(fields.title);
  if (fields.outlet) await form.getByLabel("Outlet").fill(fields.outlet);
  if (fields.url) await form.getByLabel("Web address (optional)").fill(fields.url);
  if (fields.date) await form.getByLabel("Date published").fill(fields.date);
  if (fields.excerpt) await form.getByLabel("Excerpt or key quote").fill(fields.excerpt);
  if (fields.confidential) await form.getByLabel("Confidential").check();
  await form.getByRole("button", { name: "Add source" }).click();
}

const caseSources = (page: Page) => page.getByRole("list", { name: "Sources of this case" });

test("a javascript: web address is refused beside the field and nothing is stored", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Script Test") });
  const title = uniqueName("Booby-trapped report");
  await addSource(page, caseId, { title, url: "javascript:alert(document.cookie)" });

  const url = page.getByLabel("Web address (optional)");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#source-url-error")).toHaveText("Only web addresses starting with https:// or http:// can be saved.");
  await expect(page.getByText("No sources for this case yet.")).toBeVisible();

  await page.reload();
  await expect(page.getByText("No sources for this case yet.")).toBeVisible();
  await page.goto(`/sources?q=${encodeURIComponent(title)}`);
  await expect(page.getByText("No source matches this search.")).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test("the same report added twice, once with tracking parameters and an upper-case host, is one source linked to both cases", async ({
  page,
}) => {
  await resumeSession(page, "campaigner");
  const first = await createCase(page, { personName: uniqueName("Dedupe One") });
  const second = await createCase(page, { personName: uniqueName("Dedupe Two") });
  const slug = uniqueName("blinken-kigali").replace(/\s+/g, "-");
  const title = uniqueName("Blinken arrives in Kigali");

  await addSource(page, first, {
    title,
    outlet: "Example Wire",
    url: `https://news.example.org/africa/${slug}`,
    date: "2022-08-11",
    excerpt: "Campaigners pressed him to raise the detention with President Kagame.",
  });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");
  const item = caseSources(page).getByRole("article", { name: title });
  await expect(item).toContainText("Example Wire");
  await expect(item).toContainText("11 Aug 2022");
  await expect(item).toContainText("News report");
  await expect(item).toContainText("Campaigners pressed him");
  await expect(item.getByRole("link", { name: `https://news.example.org/africa/${slug}` })).toHaveAttribute("rel", /noreferrer/);

  await addSource(page, second, {
    title: "Copy shared on social media",
    url: `HTTPS://News.Example.ORG/africa/${slug}/?utm_source=twitter&fbclid=IwAR0abc#comments`,
  });
  await expect(page.getByRole("status")).toHaveText("This report was already in Vigil; it is now linked to this case.");
  await expect(caseSources(page).getByRole("listitem")).toHaveCount(1);
  await expect(caseSources(page).getByRole("article", { name: title })).toBeVisible();
  await expect(page.getByText("Copy shared on social media")).toHaveCount(0);

  await page.goto(`/sources?q=${encodeURIComponent(title)}`);
  const all = page.getByRole("list", { name: "All sources" });
  await expect(all.getByRole("listitem")).toHaveCount(1);
  await expect(all).toContainText("Dedupe One");
  await expect(all).toContainText("Dedupe Two");
});

test("a campaigner links an existing source to another case and unlinks it again", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const first = await createCase(page, { personName: uniqueName("Link One") });
  const second = await createCase(page, { personName: uniqueName("Link Two") });
  const title = uniqueName("HRW statement urging Blinken");
  await addSource(page, first, { title });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");

  await page.goto(`/cases/${second}/sources`);
  const link = page.getByRole("form", { name: "Link a source already in Vigil" });
  await link.getByLabel("Search by title or outlet").fill(title);
  await link.getByLabel("Source").selectOption({ label: title });
  await link.getByRole("button", { name: "Link source" }).click();
  await expect(caseSources(page).getByRole("article", { name: title })).toBeVisible();

  await caseSources(page)
    .getByRole("button", { name: `Unlink ${title} from this case` })
    .click();
  await expect(page.getByText("No sources for this case yet.")).toBeVisible();
  await page.goto(`/cases/${first}/sources`);
  await expect(caseSources(page).getByRole("article", { name: title })).toBeVisible();
});

test("a viewer sees no add or unlink controls and never a confidential source", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Confidential Test") });
  const publicTitle = uniqueName("Public court report");
  const secretTitle = uniqueName("Letter smuggled from prison");
  await addSource(page, caseId, { title: publicTitle, date: "2021-09-20" });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");
  await addSource(page, caseId, { title: secretTitle, confidential: true });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");
  const secretItem = caseSources(page).getByRole("article", { name: secretTitle });
  await expect(secretItem.getByText("Confidential", { exact: true })).toBeVisible();

  const viewer = await signedInPage(browser, "viewer");
  await viewer.goto(`/cases/${caseId}/sources`);
  await expect(caseSources(viewer).getByRole("article", { name: publicTitle })).toBeVisible();
  await expect(viewer.getByText(secretTitle)).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Add a source" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Link a source already in Vigil" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /Unlink/ })).toHaveCount(0);
  expect(await viewer.content()).not.toContain(secretTitle);

  await viewer.goto(`/sources?q=${encodeURIComponent(secretTitle)}`);
  await expect(viewer.getByText("No source matches this search.")).toBeVisible();
  await viewer.context().close();
});

test("a campaigner edits a source to mark it confidential and viewers stop seeing it", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Edit Source") });
  const title = uniqueName("Interview with the detainee's brother");
  await addSource(page, caseId, { title, outlet: "Radio" });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");

  const viewer = await signedInPage(browser, "viewer");
  await viewer.goto(`/cases/${caseId}/sources`);
  const seen = caseSources(viewer).getByRole("article", { name: title });
  await expect(seen).toBeVisible();
  await expect(seen.getByRole("link", { name: /Edit/ })).toHaveCount(0);

  await caseSources(page)
    .getByRole("link", { name: `Edit ${title}` })
    .click();
  await page.waitForURL(/\/sources\/\d+\/edit/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit source", exact: true })).toBeVisible();
  await page.getByLabel("Web address (optional)").fill("data:text/html,<b>hi</b>");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#source-url-error")).toHaveText("Only web addresses starting with https:// or http:// can be saved.");
  await page.getByLabel("Web address (optional)").fill("");
  await page.getByLabel("Confidential").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/cases/${caseId}/sources$`));
  await expect(caseSources(page).getByRole("article", { name: title }).getByText("Confidential", { exact: true })).toBeVisible();

  await viewer.reload();
  await expect(viewer.getByText("No sources for this case yet.")).toBeVisible();
  await expect(viewer.getByText(title)).toHaveCount(0);
  await viewer.context().close();
});

test("two people editing one source: the second is shown what changed and can reapply their edit", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Source Conflict") });
  const title = uniqueName("Statement by the prosecutor");
  await addSource(page, caseId, { title, outlet: "State news agency" });
  await expect(page.getByRole("status")).toHaveText("Source added to this case.");
  await caseSources(page)
    .getByRole("link", { name: `Edit ${title}` })
    .click();
  await page.waitForURL(/\/sources\/\d+\/edit/);

  const other = await signedInPage(browser, "admin");
  await gotoHydrated(other, page.url());
  await other.getByLabel("Outlet").fill("Official gazette");
  await other.getByRole("button", { name: "Save changes" }).click();
  await other.waitForURL(`**/cases/${caseId}/sources`);

  await page.getByLabel("Excerpt or key quote").fill("The defendant will face a military court.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(notice).toContainText("Outlet: State news agency → Official gazette");
  await notice.getByRole("button", { name: "Save my edit on top of theirs" }).click();
  await page.waitForURL(`**/cases/${caseId}/sources`);
  const saved = caseSources(page).getByRole("article", { name: title });
  await expect(saved).toContainText("Official gazette");
  await expect(saved).toContainText("The defendant will face a military court.");
});
