import { expect, test } from "@playwright/test";
import { DEMO_CASE_ID, signedInPage } from "./helpers";

test("the demo case's confidential contact reaches a campaigner but never a viewer", async ({ browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  await campaigner.goto(`/cases/${DEMO_CASE_ID}`);
  const contacts = campaigner.getByRole("list", { name: "Contacts" });
  await expect(contacts).toContainText("Family representative (name withheld)");
  await expect(contacts).toContainText("Confidential");

  const viewer = await signedInPage(browser, "viewer");
  const page = await viewer.goto(`/cases/${DEMO_CASE_ID}`);
  expect(await page!.text()).not.toContain("Family representative");
  await expect(viewer.getByText("No contacts recorded for this case.")).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Add a contact" })).toHaveCount(0);
});
