import { expect, test, type Request } from "@playwright/test";
import { createCase, DEMO_CASE_ID, signedInPage, uniqueName } from "./helpers";
import { defined } from "../domain/test-helpers";

test("a viewer reads cases but sees no controls to change them", async ({ browser }) => {
  const page = await signedInPage(browser, "viewer");
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New case" })).toHaveCount(0);
  await page.goto(`/cases/${DEMO_CASE_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: "Paul Rusesabagina" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Status history" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit case" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change status" })).toHaveCount(0);
  // Typing the address of a form does not open it either.
  await page.goto("/cases/new");
  await expect(page).toHaveURL(/\/cases$/);
});

test("a server action posted directly with a viewer's or no session is refused and changes nothing", async ({ browser, playwright }) => {
  const campaigner = await signedInPage(browser, "campaigner");
  const caseId = await createCase(campaigner, { personName: uniqueName("Direct Post"), status: "Detained" });

  // Capture the real server-action request the status form sends, without letting it through.
  let captured: Request | undefined;
  await campaigner.route(`**/cases/${caseId}`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await campaigner.getByLabel("New status").selectOption({ label: "Sentenced" });
  await campaigner.getByRole("button", { name: "Change status" }).click();
  await expect.poll(() => captured).toBeDefined();
  const action = captured!;
  const headers = {
    "next-action": defined(action.headers()["next-action"], "the status change's next-action header"),
    "content-type": defined(action.headers()["content-type"], "the status change's content-type header"),
    accept: "text/x-component",
  };

  const viewer = await signedInPage(browser, "viewer");
  const asViewer = await viewer.request.post(action.url(), { headers, data: action.postData() ?? "" });
  expect(asViewer.status()).toBeLessThan(500);
  expect(await asViewer.text()).toContain("Your role can read cases but not change them.");

  const anonymous = await playwright.request.newContext({ baseURL: new URL(action.url()).origin });
  const asAnonymous = await anonymous.post(action.url(), { headers, data: action.postData() ?? "", maxRedirects: 0 });
  expect(asAnonymous.status()).toBeLessThan(500);
  expect(await asAnonymous.text()).not.toContain('"ok":true');

  await campaigner.unroute(`**/cases/${caseId}`);
  await campaigner.reload();
  const history = campaigner.getByRole("list", { name: "Status history" }).getByRole("listitem");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("Opened as Detained");
  await anonymous.dispose();
});
