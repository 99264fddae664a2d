import { expect, test } from "@playwright/test";
import { createCase, signedInPage, uniqueName } from "./helpers";

test("a campaigner archives and restores a case; an admin deletes an archived case only after typing the name", async ({ browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const name = uniqueName("Archive Me");
  const id = await createCase(campaigner, { personName: name });

  await campaigner.getByRole("button", { name: "Archive case" }).click();
  await expect(campaigner.getByRole("note").filter({ hasText: "This case is archived" })).toBeVisible();
  await campaigner.goto("/cases");
  await expect(campaigner.getByRole("link", { name })).toHaveCount(0);
  await campaigner.getByRole("link", { name: "Archived cases" }).click();
  await campaigner.getByRole("link", { name }).click();
  await expect(campaigner).toHaveURL(new RegExp(`/cases/${id}$`));
  // Campaigners may restore but never delete.
  await expect(campaigner.getByRole("button", { name: "Delete case permanently" })).toHaveCount(0);
  await campaigner.getByRole("button", { name: "Restore case" }).click();
  await expect(campaigner.getByRole("button", { name: "Archive case" })).toBeVisible();
  await campaigner.goto("/cases");
  await expect(campaigner.getByRole("link", { name })).toBeVisible();

  await campaigner.goto(`/cases/${id}`);
  await campaigner.getByRole("button", { name: "Archive case" }).click();
  await expect(campaigner.getByRole("button", { name: "Restore case" })).toBeVisible();

  const admin = await signedInPage(browser, "admin");
  await admin.goto(`/cases/${id}`);
  const remove = admin.getByRole("button", { name: "Delete case permanently" });
  await expect(remove).toBeDisabled();
  await admin.getByLabel(/to confirm/).fill("someone else");
  await expect(remove).toBeDisabled();
  await admin.getByLabel(/to confirm/).fill(name);
  await remove.click();
  await expect(admin).toHaveURL(/\/cases$/);
  const response = await admin.goto(`/cases/${id}`);
  expect(response?.status()).toBe(404);

  // The deletion stays on the record.
  await admin.goto(`/admin/audit`);
  await expect(admin.getByText(name).first()).toBeVisible();
});
