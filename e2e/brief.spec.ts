import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { resumeSession } from "./helpers";
import { BriefPage } from "./pages/brief-page";

const today = () => new Date().toISOString().slice(0, 10);

test("a campaigner exports the demo case's brief as PDF and as Word", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const brief = await BriefPage.openDemoCase(page);
  const caseId = brief.caseId;
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await brief.choose("PDF");
  await brief.confidentialOption().check();
  const pdf = await brief.export();
  expect(pdf.suggestedFilename()).toBe(`paul-rusesabagina-brief-${today()}.pdf`);
  const pdfPath = await pdf.path();
  const fs = await import("node:fs");
  expect(fs.readFileSync(pdfPath!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByRole("status")).toContainText(`paul-rusesabagina-brief-${today()}.pdf`);

  await brief.choose("Word (.docx)");
  const docx = await brief.export();
  expect(docx.suggestedFilename()).toBe(`paul-rusesabagina-brief-${today()}.docx`);
  expect(
    fs
      .readFileSync((await docx.path())!)
      .subarray(0, 2)
      .toString("latin1"),
  ).toBe("PK");

  // The file is served as a download of the right type, never cached.
  const response = await page.request.get(`/api/cases/${caseId}/brief?format=docx`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(response.headers()["content-disposition"]).toContain(`attachment; filename="paul-rusesabagina-brief-${today()}.docx"`);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("a viewer gets the default brief but is refused the confidential version", async ({ page, playwright, baseURL }) => {
  await resumeSession(page, "viewer");
  const brief = await BriefPage.openDemoCase(page);
  const caseId = brief.caseId;
  // The form offers viewers no confidential option…
  await expect(brief.confidentialOption()).toHaveCount(0);
  const download = await brief.export();
  expect(download.suggestedFilename()).toBe(`paul-rusesabagina-brief-${today()}.pdf`);

  // …and the server refuses it if asked directly.
  const refused = await page.request.get(`/api/cases/${caseId}/brief?format=pdf&confidential=1`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toContain("confidential");

  const ok = await page.request.get(`/api/cases/${caseId}/brief?format=pdf`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("application/pdf");

  // Bad parameters and unknown cases get clear answers.
  const bad = await page.request.get(`/api/cases/${caseId}/brief?format=rtf`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("Choose PDF or Word");
  expect((await page.request.get(`/api/cases/99999999/brief?format=pdf`)).status()).toBe(404);

  // Without a session: 401.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/cases/${caseId}/brief?format=pdf`)).status()).toBe(401);
  await anonymous.dispose();
});
