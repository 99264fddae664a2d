import { expect, test, type Page } from "@playwright/test";
import { createCase, gotoHydrated, signedInPage, uniqueName } from "./helpers";
import { createAccount, signedInAs } from "./user-helpers";

/** The case page's card of who owns and who watches the case. */
function followingCard(page: Page) {
  return page.locator("section", { has: page.getByRole("heading", { name: "Owner and watchers" }) });
}

function bell(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Inbox/ });
}

test("a campaigner gives a case to a colleague, who is told in their inbox, owns it and watches it", async ({ browser }) => {
  const admin = await signedInPage(browser, "admin");
  const colleague = await createAccount(admin, "Campaigner", "New Owner");
  const campaigner = await signedInPage(browser, "campaigner");
  const personName = uniqueName("Handed Over");
  const caseId = await createCase(campaigner, { personName });

  await gotoHydrated(campaigner, `/cases/${caseId}`);
  const card = followingCard(campaigner);
  await expect(card).toContainText("Owner: Carlos Campaigner (you)");
  await card.getByLabel("Give this case to").selectOption({ label: colleague.name });
  await card.getByRole("button", { name: "Reassign" }).click();
  await expect(card.getByRole("status")).toContainText(`${colleague.name} owns this case now`);
  await expect(card).toContainText(`Owner: ${colleague.name}`);

  const owner = await signedInAs(browser, colleague);
  await expect(bell(owner)).toHaveAccessibleName("Inbox, 1 unread");
  await bell(owner).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const notice = owner.getByRole("list", { name: "Notices" }).getByRole("listitem").first();
  await expect(notice).toContainText(`Carlos Campaigner gave you the case of ${personName}.`);
  await notice.getByRole("button", { name: "Mark read" }).click();
  await expect(owner.getByRole("status")).toContainText("Marked read.");
  await expect(bell(owner)).toHaveAccessibleName("Inbox");

  await owner.getByRole("link", { name: `Carlos Campaigner gave you the case of ${personName}.` }).click();
  await expect(followingCard(owner)).toContainText(`Owner: ${colleague.name} (you)`);
  await owner.goto("/cases?follow=mine");
  await expect(owner.getByRole("link", { name: personName })).toBeVisible();
  await owner.goto("/cases?follow=watching");
  await expect(owner.getByRole("link", { name: personName })).toBeVisible();
  // The history says who had it and who has it now.
  await owner.goto(`/cases/${caseId}/history`);
  await expect(owner.getByRole("main")).toContainText(colleague.name);
});

test("a viewer watches a case and is told when a campaigner moves its status, and can stop watching", async ({ browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const personName = uniqueName("Watched");
  const caseId = await createCase(campaigner, { personName });

  const viewer = await signedInPage(browser, "viewer");
  await gotoHydrated(viewer, `/cases/${caseId}`);
  const card = followingCard(viewer);
  await expect(card.getByLabel("Give this case to")).toHaveCount(0);
  await card.getByRole("button", { name: "Watch this case" }).click();
  await expect(card.getByRole("status")).toContainText("Watching");
  await expect(card.getByRole("button", { name: "Stop watching" })).toBeVisible();
  await viewer.goto("/inbox");
  const before = await viewer.getByRole("list", { name: "Notices" }).getByRole("listitem").count();

  await gotoHydrated(campaigner, `/cases/${caseId}`);
  const move = campaigner.getByRole("form", { name: "Change status" });
  await move.getByLabel("New status").selectOption({ label: "Released" });
  await move.getByRole("button", { name: "Change status" }).click();
  await expect(move.getByRole("status")).toBeVisible();

  await viewer.goto("/inbox");
  const notices = viewer.getByRole("list", { name: "Notices" }).getByRole("listitem");
  await expect(notices).toHaveCount(before + 1);
  await expect(notices.first()).toContainText(`Carlos Campaigner moved the case of ${personName} to released.`);
  await viewer.getByRole("button", { name: "Mark all read" }).click();
  await expect(viewer.getByRole("status")).toContainText("marked read");
  await expect(bell(viewer)).toHaveAccessibleName("Inbox");

  await gotoHydrated(viewer, `/cases/${caseId}`);
  await card.getByRole("button", { name: "Stop watching" }).click();
  await expect(card.getByRole("button", { name: "Watch this case" })).toBeVisible();
  await viewer.goto("/cases?follow=watching");
  await expect(viewer.getByRole("link", { name: personName })).toHaveCount(0);
});
