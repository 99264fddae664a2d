import fs from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { DEMO_ROLES, sessionFile, signIn } from "./helpers";

// Signs each demo role in once through the form and keeps the session, so tests that
// only need someone signed in start from it instead of each paying for a password check.
// The sessions belong to the demo server this run started (its port is in the file name).
for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, role);
    fs.mkdirSync(path.dirname(sessionFile(role)), { recursive: true });
    await page.context().storageState({ path: sessionFile(role) });
  });
}
