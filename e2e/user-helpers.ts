import { expect, type Browser, type Page } from "@playwright/test";
import { uniqueName } from "./helpers";

export interface NewAccount {
  id: number;
  name: string;
  email: string;
  password: string;
}

/** An admin creates an account through /admin/users/new; returns it with its id. */
export async function createAccount(
  adminPage: Page,
  role: "Admin" | "Campaigner" | "Viewer" = "Campaigner",
  prefix = "Test User",
): Promise<NewAccount> {
  const name = uniqueName(prefix);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.org`;
  const password = `correct horse ${Math.random().toString(36).slice(2, 8)} staple`;
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Name").fill(name);
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Role").selectOption({ label: role });
  await adminPage.getByLabel("Password", { exact: true }).fill(password);
  await adminPage.getByLabel("Repeat the password").fill(password);
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await adminPage.waitForURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(adminPage.getByRole("heading", { level: 1, name })).toBeVisible();
  const id = Number(new URL(adminPage.url()).pathname.split("/").pop());
  return { id, name, email, password };
}

export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A fresh browser context signed in with an account's own credentials. */
export async function signedInAs(browser: Browser, account: NewAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return page;
}

/** The form's error message (Next.js also keeps an empty role="alert" route announcer). */
export function formAlert(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}
