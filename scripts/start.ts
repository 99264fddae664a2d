/**
 * `npm start`: prepares the data folder and database, builds if needed, then serves.
 *
 * On a new database it applies the migrations, creates an AUTH_SECRET (kept in the
 * data folder, readable by the owner only) and seeds the demo workspace unless
 * VIGIL_DEMO=0. An existing database is only migrated, never reseeded. The data folder
 * and its files are made owner-only.
 */
import { spawn, spawnSync } from "node:child_process";
import { serverNodeOptions } from "./server-node-options";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { OwnerOnlyError, ensureOwnerOnlyFolder, tightenIfExists } from "../db/owner-only-files";
import { countUsers } from "../db/queries/users";
import { seedDemoWorkspace } from "../db/seed-demo";

function ensureAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    // The mode is an upper bound whatever the umask; "wx" never writes over a secret.
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    console.log(`Created a new sign-in secret in ${file}`);
  }
  tightenIfExists(file);
  return fs.readFileSync(file, "utf8").trim();
}

async function prepareDatabase(): Promise<void> {
  const db = openDatabase();
  try {
    runMigrations(db);
    if (countUsers(db) === 0 && process.env.VIGIL_DEMO !== "0") {
      await seedDemoWorkspace(db);
      console.log("Seeded the demo workspace (sign in as campaigner@example.org / vigil-demo-2022).");
    }
  } finally {
    db.$client.close();
  }
}

function ensureBuild(): void {
  if (fs.existsSync(path.join(".next", "BUILD_ID")) && process.env.VIGIL_REBUILD !== "1") return;
  console.log("No production build found: building (this takes a minute or two)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const dbFile = databasePath();
  const dataDir = path.dirname(path.resolve(dbFile));
  ensureOwnerOnlyFolder(dataDir);
  const secret = ensureAuthSecret(dataDir);
  await prepareDatabase();
  ensureBuild();

  const port = process.env.PORT || "3000";
  const host = process.env.HOST || "0.0.0.0";
  console.log(`Vigil is starting on http://localhost:${port} (database: ${dbFile})`);
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
  console.error(error instanceof OwnerOnlyError ? error.message : error);
  process.exit(1);
});
