import { expect, test } from "@playwright/test";
import { createCase, gotoHydrated, signedInPage, uniqueName } from "./helpers";

test("two people editing one case: the second save is refused, shows what changed, and can be reapplied", async ({ browser }) => {
  const first = await signedInPage(browser, "campaigner");
  const id = await createCase(first, { personName: uniqueName("Conflict"), title: "Original title" });
  const second = await signedInPage(browser, "admin");

  await gotoHydrated(first, `/cases/${id}/edit`);
  await gotoHydrated(second, `/cases/${id}/edit`);

  await first.getByLabel("Case title").fill("Title from the first editor");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).toHaveURL(new RegExp(`/cases/${id}$`));

  await second.getByLabel("Where held now").fill("Tora Prison, Cairo");
  await second.getByRole("button", { name: "Save changes" }).click();
  const notice = second.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Case title: Original title → Title from the first editor");
  await expect(second).toHaveURL(new RegExp(`/cases/${id}/edit$`));

  // Nothing of the second edit was saved yet.
  await first.reload();
  await expect(first.getByText("Tora Prison, Cairo")).toHaveCount(0);

  await notice.getByRole("button", { name: "Save my edit on top of theirs" }).click();
  await expect(second).toHaveURL(new RegExp(`/cases/${id}$`));
  await expect(second.getByText("Tora Prison, Cairo")).toBeVisible();
  await expect(second.getByText("Title from the first editor")).toBeVisible();
});
