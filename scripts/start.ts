/**
 * `npm start`: prepares the data folder and database, builds if needed, then serves on
 * HOST (default 127.0.0.1, this machine only) and PORT.
 *
 * On a new database it applies the migrations, creates an AUTH_SECRET (kept in the
 * data folder, readable by the owner only) and seeds the demo workspace unless
 * VIGIL_DEMO=0. An existing database is only migrated, never reseeded. The data folder
 * and its files are made owner-only. Beyond loopback it refuses to serve while a demo
 * account still signs in with the published password.
 *
 * `npm start -- --check` does all of that but neither builds nor serves: it says whether
 * the server would start (exit code 0) or why not (1).
 */
import { spawn, spawnSync } from "node:child_process";
import { serverNodeOptions } from "./server-node-options";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { findOpenDemoAccounts } from "../server/open-demo-accounts";
import { OwnerOnlyError, ensureOwnerOnlyFolder, tightenIfExists } from "../db/owner-only-files";
import { countUsers } from "../db/queries/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoWorkspace } from "../server/seeds/demo";
import { exposureRefusal, isLoopbackHost, listenHost } from "../domain/listen-address";
import { readEnv } from "../env";

/** Stops the start with a message for the operator (not a stack trace). */
class StartRefused extends Error {}

function ensureAuthSecret(dataDir: string): string {
  const configured = readEnv().AUTH_SECRET;
  if (configured) return configured;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    // The mode is an upper bound whatever the umask; "wx" never writes over a secret.
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    console.log(`Created a new sign-in secret in ${file}`);
  }
  tightenIfExists(file);
  return fs.readFileSync(file, "utf8").trim();
}

async function prepareDatabase(host: string): Promise<void> {
  const db = openDatabase();
  try {
    runMigrations(db);
    const seedDemo = countUsers(db) === 0 && readEnv().VIGIL_DEMO === "1";
    // Checked before seeding, so a refused new database stays empty for `VIGIL_DEMO=0`.
    if (!isLoopbackHost(host)) {
      const refusal = exposureRefusal({
        host,
        openDemoAccounts: seedDemo ? DEMO_ACCOUNTS.map((a) => a.email) : await findOpenDemoAccounts(db),
        demoAboutToBeSeeded: seedDemo,
        demoPassword: DEMO_PASSWORD,
      });
      if (refusal) throw new StartRefused(refusal);
    }
    if (seedDemo) {
      await seedDemoWorkspace(db);
      console.log(`Seeded the demo workspace (sign in as campaigner@example.org / ${DEMO_PASSWORD}).`);
    }
  } finally {
    db.$client.close();
  }
}

function ensureBuild(): void {
  if (fs.existsSync(path.join(".next", "BUILD_ID")) && readEnv().VIGIL_REBUILD !== "1") return;
  console.log("No production build found: building (this takes a minute or two)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const dbFile = databasePath();
  const dataDir = path.dirname(path.resolve(dbFile));
  const host = listenHost(readEnv().HOST);
  ensureOwnerOnlyFolder(dataDir);
  const secret = ensureAuthSecret(dataDir);
  await prepareDatabase(host);
  const port = String(readEnv().PORT);
  const reach = isLoopbackHost(host) ? "only this machine can reach it" : "other machines can reach it";
  const address = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (process.argv.includes("--check")) {
    console.log(`Vigil can start on ${address} (${reach}; database: ${dbFile})`);
    return;
  }
  ensureBuild();

  console.log(`Vigil is starting on ${address} (${reach}; database: ${dbFile})`);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", host], {
    stdio: "inherit",
    env: { ...process.env, AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", DATABASE_PATH: dbFile, NODE_OPTIONS: serverNodeOptions() },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof StartRefused || error instanceof OwnerOnlyError ? error.message : error);
  process.exit(1);
});
