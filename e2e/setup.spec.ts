import { expect, test } from "@playwright/test";
import { EMPTY_WORKSPACE_URL } from "./helpers";

test("with VIGIL_DEMO=0 the first visit asks for the first admin account, then never again", async ({ page, browser }) => {
  // Before scripts run the form posts to the server, which answers beside the field;
  // nothing typed reaches an address. (It creates nothing: the workspace is set up once.)
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  const bare = await withoutScripts.newPage();
  const urls: string[] = [];
  bare.on("request", (request) => urls.push(request.url()));
  await bare.goto(`${EMPTY_WORKSPACE_URL}/setup`);
  await bare.getByLabel("Your name").fill("Ifeoma Okafor");
  await bare.getByLabel("Email").fill("ifeoma@example.net");
  await bare.getByLabel("Password (at least 12 characters)").fill("a long enough passphrase");
  await bare.getByLabel("Repeat the password").fill("another long passphrase");
  await bare.getByLabel("Repeat the password").press("Enter");
  await expect(bare.locator("#confirmPassword-error")).toHaveText("The passwords do not match.");
  await expect(bare.getByLabel("Your name")).toHaveValue("Ifeoma Okafor");
  await expect(bare.getByLabel("Email")).toHaveValue("ifeoma@example.net");
  await expect(bare.getByLabel("Password (at least 12 characters)")).toHaveValue("");
  expect(urls.filter((url) => /passphrase|ifeoma/i.test(url))).toEqual([]);
  await withoutScripts.close();

  await page.goto(`${EMPTY_WORKSPACE_URL}/`);
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Vigil" })).toBeVisible();

  await page.getByLabel("Your name").fill("Ifeoma Okafor");
  await page.getByLabel("Email").fill("ifeoma@example.net");
  await page.getByLabel("Password (at least 12 characters)").fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Password must be at least 12 characters.")).toBeVisible();

  await page.getByLabel("Password (at least 12 characters)").fill("Qwerty123456");
  await page.getByLabel("Repeat the password").fill("Qwerty123456");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.locator("#password-error")).toHaveText("This password is in a list of commonly used passwords; choose another.");
  await expect(page).toHaveURL(/\/setup$/);

  await page.getByLabel("Password (at least 12 characters)").fill("a long enough passphrase");
  await page.getByLabel("Repeat the password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(/Demo workspace/)).toHaveCount(0);
  await page.goto(`${EMPTY_WORKSPACE_URL}/cases`);
  await expect(page.getByText("No cases yet.")).toBeVisible();

  await page.goto(`${EMPTY_WORKSPACE_URL}/setup`);
  await expect(page).not.toHaveURL(/\/setup$/);
});
