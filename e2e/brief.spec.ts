import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createCase, DEMO_NAMES, resumeSession, signedInPage, uniqueName } from "./helpers";
import { BriefPage } from "./pages/brief-page";

const today = () => new Date().toISOString().slice(0, 10);

test("a campaigner exports the demo case's brief as PDF and as Word", async ({ page, browser }) => {
  // Two exports, then the audit log as an admin and the case history as a viewer.
  test.setTimeout(150_000);
  await resumeSession(page, "campaigner");
  const brief = await BriefPage.openDemoCase(page);
  const caseId = brief.caseId;
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await brief.choose("PDF");
  await brief.confidentialOption().check();
  const pdf = await brief.export();
  // The version with confidential items says so in its name.
  expect(pdf.suggestedFilename()).toBe(`paul-rusesabagina-brief-${today()}-CONFIDENTIAL.pdf`);
  const pdfPath = await pdf.path();
  const fs = await import("node:fs");
  expect(fs.readFileSync(pdfPath!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByRole("status")).toContainText(`paul-rusesabagina-brief-${today()}-CONFIDENTIAL.pdf`);

  await brief.choose("Word (.docx)");
  const docx = await brief.export();
  expect(docx.suggestedFilename()).toBe(`paul-rusesabagina-brief-${today()}-CONFIDENTIAL.docx`);
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

  // An admin reads in the audit log who exported which version; a viewer's case history
  // does not show the confidential exports.
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/admin/audit?type=case_brief");
  const confidentialExport = admin
    .getByRole("row")
    .filter({ hasText: `paul-rusesabagina-brief-${today()}-CONFIDENTIAL.docx` })
    .first();
  await expect(confidentialExport).toContainText("Exported");
  await expect(confidentialExport).toContainText(DEMO_NAMES.campaigner);
  await expect(confidentialExport).toContainText(/Format:\s*docx/);
  await expect(confidentialExport).toContainText(/Confidential:\s*yes/);
  await admin.screenshot({ path: test.info().outputPath("audit-brief-exports.png"), fullPage: true });
  await admin.context().close();
  const viewer = await signedInPage(browser, "viewer");
  await viewer.goto(`/cases/${caseId}/history?show=1000`);
  await expect(viewer.getByRole("list", { name: "Case history" })).toBeVisible();
  // The export without confidential items is there, with its file name; the others are not.
  await expect(viewer.getByText(`paul-rusesabagina-brief-${today()}.docx`).first()).toBeVisible();
  await expect(viewer.getByText(/-CONFIDENTIAL\./)).toHaveCount(0);
  await viewer.context().close();
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

test("a PDF brief with a character no font can draw names it before downloading, and exports anyway when asked", async ({ page }) => {
  await resumeSession(page, "campaigner");
  const caseId = await createCase(page, { personName: uniqueName("Glyph"), title: "Case with a sign 😀 in its title" });
  await page.goto(`/cases/${caseId}/brief`);
  const brief = new BriefPage(page, caseId);
  await page.getByRole("button", { name: "Export brief" }).click();
  await expect(page.getByText(/😀 \(U\+1F600, in Header: case title\)/)).toBeVisible();
  await page.getByLabel("Export the PDF anyway").check();
  const download = await brief.export();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});
