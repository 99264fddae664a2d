import { expect, test } from "@playwright/test";
import { DEMO_CASE_ID, resumeSession } from "./helpers";
import { defined } from "../domain/test-helpers";

test("pages carry a nonce-based CSP, refuse framing and are never cached", async ({ page }) => {
  await resumeSession(page, "viewer");
  const response = await page.goto(`/cases/${DEMO_CASE_ID}`);
  const headers = response!.headers();
  const csp = defined(headers["content-security-policy"], "a Content-Security-Policy header");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toContain("no-store");

  // Each request gets its own nonce, and the page's scripts carry it.
  const nonce = defined(csp.match(/'nonce-([^']+)'/)?.[1], "a nonce in the Content-Security-Policy");
  const again = await page.request.get(`/cases/${DEMO_CASE_ID}`);
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  const scriptNonces = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
});

// These servers run without VIGIL_TRUST_PROXY, over plain http: HSTS there would be
// meaningless, and one a client could conjure with a header could lock users out of a
// server that has no https.
test("no Strict-Transport-Security over plain http, not even with a forged X-Forwarded-Proto", async ({ page }) => {
  await resumeSession(page, "viewer");
  for (const path of ["/signin", "/", `/cases/${DEMO_CASE_ID}`, "/api/cases/999999/brief"]) {
    const variants: Record<string, string>[] = [{}, { "X-Forwarded-Proto": "https" }, { "X-Forwarded-Proto": "http, https" }];
    for (const headers of variants) {
      const response = await page.request.get(path, { headers, maxRedirects: 0 });
      // Answered by the proxy (it sets the CSP), whatever the status.
      expect(response.headers()["content-security-policy"], `${path} ${JSON.stringify(headers)}`).toContain("default-src 'self'");
      expect(response.headers()["strict-transport-security"], `${path} ${JSON.stringify(headers)}`).toBeUndefined();
    }
  }
});

test("the files of public/ are served without a session, and ask search engines to stay out", async ({ request }) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \//);
  const icon = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  const signin = await (await request.get("/signin")).text();
  expect(signin).toMatch(/<meta name="robots" content="noindex, ?nofollow"/);
  expect(signin).toContain('rel="icon" href="/icon.svg"');
});
