import { expect, test, type Page } from "@playwright/test";
import { createCase, DEMO_NAMES, signedInPage, uniqueName } from "./helpers";

// Need-to-know as its users meet it: a campaigner restricts a case to a team; to everyone
// else it does not exist; an admin sees only that it exists, asks for access, and the team
// grants it. Every step is recorded on the case's history.

async function restrictTo(page: Page, caseId: number, people: string[], groups: string[] = []) {
  await page.goto(`/cases/${caseId}/team`);
  await expect(page.getByRole("heading", { name: "Who can see this case" })).toBeVisible();
  const editor = page.getByRole("form", { name: "Who can see this case" });
  await editor.getByRole("checkbox", { name: /Restricted: only the team/ }).check();
  for (const name of people) await editor.getByRole("group", { name: "People on the team" }).getByLabel(name).check();
  for (const name of groups) await editor.getByRole("group", { name: "Groups on the team" }).getByLabel(new RegExp(name)).check();
  await editor.getByRole("button", { name: "Save who can see it" }).click();
  await expect(editor.getByRole("status")).toHaveText("Saved: only the team can see this case.");
}

test("a restricted case is its team's alone; an admin asks for access and the team grants it", async ({ browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const name = uniqueName("Hidden Defender");
  const id = await createCase(campaigner, { personName: name });
  // The one restricting starts on the team, so they cannot lock themself out.
  await restrictTo(campaigner, id, []);
  await expect(campaigner.getByRole("note").filter({ hasText: `Restricted to: ${DEMO_NAMES.campaigner}.` })).toBeVisible();
  await campaigner.screenshot({ path: "test-results/need-to-know-team.png", fullPage: true });

  const viewer = await signedInPage(browser, "viewer");
  expect((await viewer.goto(`/cases/${id}`))?.status()).toBe(404);
  await viewer.goto(`/search?q=${encodeURIComponent(name)}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer.getByRole("link", { name })).toHaveCount(0);

  const admin = await signedInPage(browser, "admin");
  expect((await admin.goto(`/cases/${id}/team`))?.status()).toBe(404);
  await admin.getByRole("link", { name: "Restricted cases" }).click();
  const row = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: `Restricted case #${id}` }) });
  await expect(row).toBeVisible();
  await expect(admin.getByText(name)).toHaveCount(0);
  await row.getByRole("button", { name: "Request access" }).click();
  await expect(row.getByRole("alert")).toContainText("Say why you need access");
  await row.getByLabel(/Why you need access/).fill("Covering the desk while Carlos travels");
  await row.getByRole("button", { name: "Request access" }).click();
  await expect(row.getByText(/You asked its team for access/)).toBeVisible();
  await admin.screenshot({ path: "test-results/need-to-know-admin.png", fullPage: true });

  await campaigner.goto(`/cases/${id}/team`);
  await expect(campaigner.getByText("Covering the desk while Carlos travels")).toBeVisible();
  await campaigner.getByRole("button", { name: `Grant ${DEMO_NAMES.admin} access` }).click();
  await expect(campaigner.getByRole("status").filter({ hasText: "Access granted" })).toBeVisible();

  await admin.goto(`/cases/${id}`);
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await admin.goto(`/cases/${id}/history`);
  const history = admin.getByRole("list", { name: "Case history" });
  await expect(history.getByText("Granted access")).toBeVisible();
  await expect(history.getByText("Asked for access")).toBeVisible();
  await expect(history.getByText("Changed who can see the case")).toBeVisible();
  // Still hidden from the viewer, who is on no team.
  expect((await viewer.goto(`/cases/${id}`))?.status()).toBe(404);
});

test("an admin who adds themself to a team is shown to the team; a group on the team lets its members in", async ({ browser }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const name = uniqueName("Quiet Negotiation");
  const id = await createCase(campaigner, { personName: name });

  const admin = await signedInPage(browser, "admin");
  const group = uniqueName("Desk");
  await admin.goto("/admin/groups");
  const newGroup = admin.getByRole("form", { name: "New group" });
  await newGroup.getByRole("button", { name: "Create group" }).click();
  await expect(newGroup.getByRole("alert").filter({ hasText: "Name the group." })).toBeVisible();
  await newGroup.getByLabel("Group name").fill(group);
  await newGroup.getByLabel(DEMO_NAMES.viewer).check();
  await newGroup.getByRole("button", { name: "Create group" }).click();
  await expect(admin.getByRole("heading", { name: group })).toBeVisible();
  await admin.screenshot({ path: "test-results/need-to-know-groups.png", fullPage: true });

  await restrictTo(campaigner, id, [], [group]);
  const viewer = await signedInPage(browser, "viewer");
  await viewer.goto(`/cases/${id}`);
  await expect(viewer.getByRole("heading", { level: 1, name })).toBeVisible();
  // A viewer on the team still cannot change it.
  await viewer.goto(`/cases/${id}/team`);
  await expect(viewer.getByRole("form", { name: "Who can see this case" })).toHaveCount(0);

  await admin.goto("/admin/restricted");
  const row = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: `Restricted case #${id}` }) });
  await row.getByRole("button", { name: "Add myself to the team" }).click();
  await expect(admin).toHaveURL(new RegExp(`/cases/${id}/team$`));
  await expect(admin.getByText(new RegExp(`On the team: .*${DEMO_NAMES.admin}`))).toBeVisible();

  await campaigner.goto(`/cases/${id}/history`);
  await expect(campaigner.getByRole("list", { name: "Case history" }).getByText("Admin added themself to the team")).toBeVisible();

  // Taken out of the group, the viewer loses the case on their next request.
  await admin.goto("/admin/groups");
  const edit = admin.getByRole("form", { name: `Edit group ${group}` });
  await edit.getByLabel(DEMO_NAMES.viewer).uncheck();
  await edit.getByRole("button", { name: "Save group" }).click();
  await expect(edit.getByRole("status")).toContainText("saved");
  expect((await viewer.goto(`/cases/${id}`))?.status()).toBe(404);
});
