import { expect, test } from "@playwright/test";
import { signedInPage, resumeSession } from "./helpers";
import { createAccount, formAlert, signedInAs, submitSignIn } from "./user-helpers";

const WRONG = "Email or password is incorrect.";
const LOCKED = "Too many failed attempts for this account. Try again in 15 minutes.";

test("an admin creates a user who can then sign in with the role given", async ({ page, browser }) => {
  await resumeSession(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const account = await createAccount(page, "Viewer", "Nadia Viewer");
  await page.goto("/admin/users");
  await expect(page.getByRole("row").filter({ hasText: account.email })).toContainText("Viewer");

  const theirs = await signedInAs(browser, account);
  await expect(theirs.getByRole("navigation", { name: "Main" })).toContainText(account.name);
  // A viewer gets no admin links.
  await expect(theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("the new-user form refuses a short password beside the field and creates nothing", async ({ page }) => {
  await resumeSession(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill("Short Password Person");
  await page.getByLabel("Email").fill("short.password@example.org");
  await page.getByLabel("Password", { exact: true }).fill("elevenchars");
  await page.getByLabel("Repeat the password").fill("elevenchars");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Password must be at least 12 characters.")).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByText("short.password@example.org")).toHaveCount(0);
});

test("an admin deactivates a user and that user's open session is sent to sign-in on the next request", async ({ page, browser }) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Campaigner", "Dora Deactivated");
  const theirs = await signedInAs(browser, account);

  await page.goto(`/admin/users/${account.id}`);
  await page.getByRole("button", { name: "Deactivate user" }).click();
  await expect(page.getByRole("status")).toContainText("Account deactivated");

  await theirs.goto("/cases");
  await expect(theirs).toHaveURL(/\/signin/);
  await submitSignIn(theirs, account.email, account.password);
  await expect(formAlert(theirs)).toHaveText(WRONG);

  // Reactivated, they can sign in again (but the old session stays closed).
  await page.getByRole("button", { name: "Reactivate user" }).click();
  await expect(page.getByRole("status")).toContainText("Account reactivated");
  await submitSignIn(theirs, account.email, account.password);
  await expect(theirs.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("an admin changes a user's role and resets their password; the reset ends the user's session", async ({ page, browser }) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Campaigner", "Rita Reset");
  const theirs = await signedInAs(browser, account);

  await page.goto(`/admin/users/${account.id}`);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status")).toHaveText("Role saved.");
  await theirs.goto("/cases");
  await expect(theirs.getByRole("link", { name: "New case" })).toHaveCount(0);

  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password reset" })).toBeVisible();

  await theirs.goto("/cases");
  await expect(theirs).toHaveURL(/\/signin/);
  await submitSignIn(theirs, account.email, "a brand new passphrase");
  await expect(theirs.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("a user changes their own password: this session continues, an older one ends, the old password stops working", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Campaigner", "Pablo Password");
  const mine = await signedInAs(browser, account);
  const elsewhere = await signedInAs(browser, account);

  await mine.getByRole("link", { name: "Account" }).click();
  await mine.getByLabel("Current password").fill(account.password);
  await mine.getByLabel("New password", { exact: true }).fill("short");
  await mine.getByLabel("Repeat the new password").fill("short");
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByText("Password must be at least 12 characters.")).toBeVisible();

  await mine.getByLabel("New password", { exact: true }).fill("my own new passphrase");
  await mine.getByLabel("Repeat the new password").fill("my own new passphrase");
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByRole("status")).toContainText("Password changed.");
  await mine.goto("/cases");
  await expect(mine.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();

  await elsewhere.goto("/cases");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await submitSignIn(elsewhere, account.email, account.password);
  await expect(formAlert(elsewhere)).toHaveText(WRONG);
});

test("a campaigner cannot open user management, and the server actions refuse them", async ({ page, browser }) => {
  await resumeSession(page, "campaigner");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/users/new", "/admin/users/1", "/admin/audit", "/admin/countries"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }

  // Load the admin's form, then submit it with the campaigner's session: the action itself must refuse.
  const adminPage = await signedInPage(browser, "admin");
  await adminPage.goto("/admin/users/new");
  // Wait for link prefetches, whose responses would refresh the admin's session cookie.
  await adminPage.waitForLoadState("networkidle");
  const campaignerCookies = await page.context().cookies();
  await adminPage.context().clearCookies();
  await adminPage.context().addCookies(campaignerCookies);
  const email = `sneaky.${Date.now()}@example.org`;
  await adminPage.getByLabel("Name").fill("Sneaky Admin");
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: "Admin" });
  await adminPage.getByLabel("Password", { exact: true }).fill("sneaky passphrase");
  await adminPage.getByLabel("Repeat the password").fill("sneaky passphrase");
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(formAlert(adminPage)).toHaveText("Only an admin can manage users.");

  const check = await signedInPage(browser, "admin");
  await check.goto("/admin/users");
  await expect(check.getByText(email)).toHaveCount(0);
});

test("after 10 wrong passwords the 11th attempt, even with the right password, is refused with the lock message", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Viewer", "Lena Locked");
  const theirs = await (await browser.newContext()).newPage();
  await theirs.goto("/signin");
  for (let i = 1; i <= 10; i++) {
    await theirs.getByLabel("Email").fill(account.email);
    await theirs.getByLabel("Password").fill(`wrong password ${i}`);
    await theirs.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(theirs)).toHaveText(WRONG);
    await expect(theirs.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await theirs.getByLabel("Password").fill(account.password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(theirs)).toHaveText(LOCKED);
  await expect(theirs).toHaveURL(/\/signin/);

  // An admin's reset lifts the lock at once.
  await page.goto(`/admin/users/${account.id}`);
  await page.getByLabel("New password", { exact: true }).fill("a passphrase from the admin");
  await page.getByLabel("Repeat the new password").fill("a passphrase from the admin");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password reset" })).toContainText("sign-in lock");
  await submitSignIn(theirs, account.email, "a passphrase from the admin");
  await expect(theirs.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("after 10 wrong current passwords, changing the password is refused with the lock message, and so is signing in", async ({
  page,
  browser,
}) => {
  await resumeSession(page, "admin");
  const account = await createAccount(page, "Campaigner", "Gus Guessed");
  const theirs = await signedInAs(browser, account);
  await theirs.goto("/account");
  // A post sent before the page's scripts ran draws the page again, with empty fields: so
  // every guess types all three.
  const guess = async (current: string) => {
    await theirs.getByLabel("Current password").fill(current);
    await theirs.getByLabel("New password", { exact: true }).fill("the guesser's own passphrase");
    await theirs.getByLabel("Repeat the new password").fill("the guesser's own passphrase");
    // Each guess is answered before the next is typed: the message stays the same between
    // guesses, so seeing it proves nothing about this one.
    await Promise.all([
      theirs.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/account"),
      theirs.getByRole("button", { name: "Change password" }).click(),
    ]);
  };
  for (let i = 1; i <= 10; i++) {
    await guess(`guess number ${i}`);
    await expect(theirs.getByText("Your current password is incorrect.").first()).toBeVisible();
    await expect(theirs.getByRole("button", { name: "Change password" })).toBeEnabled();
  }
  await guess(account.password);
  // Matched by its text: until the answer is drawn, the last guess's two alerts are still there.
  await expect(theirs.getByRole("alert").filter({ hasText: LOCKED }).first()).toHaveText(LOCKED);
  await expect(theirs.getByText("Your current password is incorrect.")).toHaveCount(0);

  // The lock is the account's sign-in lock: the old password still stands, and cannot be used.
  const elsewhere = await (await browser.newContext()).newPage();
  await submitSignIn(elsewhere, account.email, account.password);
  await expect(formAlert(elsewhere)).toHaveText(LOCKED);

  // Each wrong guess is in the audit trail under the account's name.
  await page.goto(`/admin/audit?user=${account.id}`);
  await expect(page.getByRole("row").filter({ hasText: "Failed password change" })).toHaveCount(11);
});

test("a password on the list of common ones is refused beside the field when creating a user, resetting or changing one's own", async ({
  page,
  browser,
}) => {
  const COMMON = "This password is in a list of commonly used passwords; choose another.";
  await resumeSession(page, "admin");
  await page.goto("/admin/users/new");
  const email = `common.password.${Date.now()}@example.org`;
  await page.getByLabel("Name").fill("Common Password Person");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Password1234");
  await page.getByLabel("Repeat the password").fill("Password1234");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#password-error")).toHaveText(COMMON);
  await page.goto("/admin/users");
  await expect(page.getByText(email)).toHaveCount(0);

  const account = await createAccount(page, "Viewer", "Cora Common");
  await page.goto(`/admin/users/${account.id}`);
  await page.getByLabel("New password", { exact: true }).fill("QWERTYUIOP123");
  await page.getByLabel("Repeat the new password").fill("QWERTYUIOP123");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.locator("#reset-password-error")).toHaveText(COMMON);

  const theirs = await signedInAs(browser, account);
  await theirs.goto("/account");
  await theirs.getByLabel("Current password").fill(account.password);
  await theirs.getByLabel("New password", { exact: true }).fill("1q2w3e4r5t6y");
  await theirs.getByLabel("Repeat the new password").fill("1q2w3e4r5t6y");
  await theirs.getByRole("button", { name: "Change password" }).click();
  await expect(theirs.locator("#password-error")).toHaveText(COMMON);
  // Nothing changed: the account still signs in with its own password.
  await signedInAs(browser, account);
});
