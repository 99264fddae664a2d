import { expect, test } from "@playwright/test";
import { createCase, resumeSession, uniqueName } from "./helpers";

test("a filtered, sorted case list lives in the URL: reloading or sharing it shows the same filters and cases", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "campaigner");
  // A country no other test uses, so the filter shows only these cases.
  const country = "Tuvalu";
  const bea = uniqueName("Bea");
  const adam = uniqueName("Adam");
  const released = uniqueName("Rel");
  await createCase(page, { personName: bea, country, status: "Detained" });
  await createCase(page, { personName: adam, country, status: "Detained" });
  await createCase(page, { personName: released, country, status: "Released" });

  await page.goto("/cases");
  const filters = page.getByRole("form", { name: "Filter cases" });
  await filters.getByLabel("Country").selectOption(country);
  await filters.getByLabel("Status").selectOption({ label: "Detained" });
  await filters.getByLabel("Sort by").selectOption({ label: "Name, A to Z" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=detained/);

  const url = new URL(page.url());
  expect(url.searchParams.get("country")).toBe(country);
  expect(url.searchParams.get("sort")).toBe("name_asc");

  const names = page.getByRole("table", { name: "Cases" }).locator("tbody tr td:first-child a");
  await expect(names).toHaveText([adam, bea]);
  await expect(page.getByText("2 cases match the filters")).toBeVisible();

  await page.reload();
  await expect(filters.getByLabel("Country")).toHaveValue(country);
  await expect(filters.getByLabel("Status")).toHaveValue("detained");
  await expect(filters.getByLabel("Sort by")).toHaveValue("name_asc");
  await expect(names).toHaveText([adam, bea]);

  // The export link carries the same filters.
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const exportParams = new URL(exportHref!, page.url()).searchParams;
  expect(exportParams.get("country")).toBe(country);
  expect(exportParams.get("status")).toBe("detained");

  // A viewer opening the shared link sees the same list, and no import control.
  const viewerPage = await (await browser.newContext()).newPage();
  await resumeSession(viewerPage, "viewer");
  await viewerPage.goto(url.pathname + url.search);
  await expect(viewerPage.getByRole("table", { name: "Cases" }).locator("tbody tr td:first-child a")).toHaveText([adam, bea]);
  await expect(viewerPage.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  await viewerPage.context().close();
});

test("unknown or malformed filter values are ignored instead of failing", async ({ page }) => {
  await resumeSession(page, "viewer");
  const response = await page.goto("/cases?status=vanished&priority=9&owner=abc&sort=random&page=-3&tag=");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("");
  await expect(page.getByLabel("Sort by")).toHaveValue("updated_desc");
  await expect(page.getByRole("table", { name: "Cases" })).toBeVisible();
});
