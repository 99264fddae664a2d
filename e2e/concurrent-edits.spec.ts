import { expect, test, type Request } from "@playwright/test";
import { createCase, signedInPage, uniqueName } from "./helpers";
import { at, defined } from "../domain/test-helpers";

test("50 concurrent edits from the same version: exactly the accepted one is persisted", async ({ browser }) => {
  const page = await signedInPage(browser, "campaigner");
  const id = await createCase(page, { personName: uniqueName("Concurrent"), title: "Before the race" });
  await page.goto(`/cases/${id}/edit`);

  // Capture the edit form's server-action request, then replay it 50 times at once.
  let captured: Request | undefined;
  await page.route(`**/cases/${id}/edit`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByLabel("Case title").fill("captured");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(() => captured).toBeDefined();
  const [caseId, values] = JSON.parse(captured!.postData()!) as [number, Record<string, unknown>];
  expect(caseId).toBe(id);

  const titles = Array.from({ length: 50 }, (_, i) => `Edit number ${i + 1}`);
  const responses = await Promise.all(
    titles.map((title) =>
      page.request.post(captured!.url(), {
        headers: {
          "next-action": defined(captured!.headers()["next-action"], "the save's next-action header"),
          "content-type": defined(captured!.headers()["content-type"], "the save's content-type header"),
          accept: "text/x-component",
        },
        data: JSON.stringify([caseId, { ...values, title }]),
      }),
    ),
  );
  const bodies = await Promise.all(responses.map((r) => r.text()));
  expect(responses.every((r) => r.status() === 200)).toBe(true);
  const accepted = titles.filter((_, i) => at(bodies, i).includes('"ok":true'));
  const refused = bodies.filter((b) => b.includes("Someone else changed this record")).length;
  console.log(`concurrent edits: ${titles.length} sent, ${accepted.length} accepted, ${refused} refused as stale`);
  expect(accepted).toHaveLength(1);
  expect(refused).toBe(titles.length - 1);

  await page.unroute(`**/cases/${id}/edit`);
  await page.goto(`/cases/${id}`);
  await expect(page.getByText(at(accepted, 0), { exact: true })).toBeVisible();
  // The edit form now starts from version 2: one accepted save, nothing else written.
  await page.goto(`/cases/${id}/edit`);
  await expect(page.getByLabel("Case title")).toHaveValue(at(accepted, 0));
  await expect(page.locator('input[name="version"]')).toHaveValue("2");
});
