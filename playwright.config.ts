import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the production build (npm run build first) served by
// the same start script users run, on throwaway databases in a temporary folder.
// The config is evaluated again in each worker, so the folder is fixed by the first.
process.env.VIGIL_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "vigil-e2e-"));
const dataDir = process.env.VIGIL_E2E_DIR;

// VIGIL_E2E_PORT lets several checkouts run their suites side by side.
export const DEMO_PORT = Number(process.env.VIGIL_E2E_PORT) || 3100;
export const EMPTY_PORT = DEMO_PORT + 1;
// The security matrix and the malformed-input tests compare database snapshots, so they
// get a server of their own that no other test writes to.
export const MATRIX_PORT = DEMO_PORT + 2;
// A second empty workspace, for the CSV round trip (the first belongs to the setup test).
export const IMPORT_PORT = DEMO_PORT + 3;
// The leak sweep adds confidential records of every kind to a demo workspace of its own
// and reads every page of it as people who must not see them.
export const SWEEP_PORT = DEMO_PORT + 4;
// Two-factor sign-in is required of whole roles there, which would lock the other tests'
// accounts out of a shared workspace.
export const TWO_FACTOR_PORT = DEMO_PORT + 5;

// Use the system Chromium where there is one (Debian's package in CI); otherwise
// Playwright's own browser, as on an ordinary developer machine.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: systemChromium
    ? {
        executablePath: systemChromium,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      }
    : undefined,
};

function server(port: number, name: string, env: Record<string, string> = {}) {
  return {
    command: "npm start",
    url: `http://127.0.0.1:${port}/signin`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: path.join(dataDir, `${name}.sqlite`),
      AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
      ...env,
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  // CI's two cores also serve the sweeps' thousands of requests: a page can take longer
  // than 10 s to draw an answer it has already received.
  expect: { timeout: process.env.CI ? 20_000 : 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs the demo roles in once on the demo server and stores their sessions (e2e/.auth/).
    { name: "sessions", testMatch: /auth\.setup\.ts$/, use: chromium },
    { name: "chromium", dependencies: ["sessions"], use: chromium },
  ],
  webServer: [
    server(DEMO_PORT, "demo"),
    server(EMPTY_PORT, "empty", { VIGIL_DEMO: "0" }),
    server(MATRIX_PORT, "matrix"),
    server(IMPORT_PORT, "import", { VIGIL_DEMO: "0" }),
    server(SWEEP_PORT, "sweep"),
    server(TWO_FACTOR_PORT, "two-factor"),
  ],
});
