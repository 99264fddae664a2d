/**
 * `npm run bench`: builds and serves Vigil on a synthetic workspace in a throwaway
 * database, signs in, and loads each route with autocannon (10 connections). Prints one
 * table: requests per second, p50, p95 and p99 latency, and each route's throughput as a
 * ratio of the floor (/up: a dynamic page that reads no data and needs no session), then
 * the targets and the server's memory.
 *
 * The floor is measured first, and again for a few seconds after every route: each route's
 * ratio is to the mean of the floor just before and just after it. This shared machine
 * drifts by a quarter or more over a run, and a ratio to a floor taken minutes earlier
 * measured the drift as much as the route.
 *
 *   npm run bench                      10,000 cases (100,000 sources, 50,000 asks, 20,000 outcomes)
 *   npm run bench -- --cases 1000      or --cases 100000
 *   npm run bench -- --duration 10     seconds per route after a warm-up (default 10)
 *
 * Each run's figures are kept in bench-results/<cases>.json; once runs at 1,000 and
 * 100,000 cases are both there, the scaling comparison is printed too.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { BENCH_USER_EMAIL, generateWorkspace } from "../server/seeds/synthetic-workspace";
import { serverNodeOptions } from "./server-node-options";
import { benchRoutes } from "./bench/pages";
import { FLOOR_CHECK_SECONDS, load, rssOf, signIn, timeSearchEngine, waitForServer, type Row } from "./bench/measure";
import { printRun, printScaling } from "./bench/table";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const cases = arg("cases", 10_000);
const duration = arg("duration", 10);
const port = arg("port", 3300);
const base = `http://127.0.0.1:${port}`;
const RESULTS_DIR = "bench-results";

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-bench-"));
  const dbFile = path.join(dir, "bench.sqlite");
  const size = { cases, sources: cases * 10, asks: cases * 5, outcomes: cases * 2, users: 20 };
  let started = performance.now();
  const db = openDatabase(dbFile);
  runMigrations(db);
  await generateWorkspace(db, size);
  const officialId = (db.$client.prepare("SELECT official_id AS id FROM asks WHERE case_id = 1 LIMIT 1").get() as { id: number }).id;
  // A search for a person by name, as a campaigner would: the large case's first and last name.
  const personName = (db.$client.prepare("SELECT person_name AS name FROM cases WHERE id = 1").get() as { name: string }).name;
  const byName = personName.split(" ").slice(0, -1).join(" ");
  const engine = timeSearchEngine(db);
  const teams = db.$client
    .prepare(
      `SELECT count(*) AS restricted, sum(EXISTS (SELECT 1 FROM case_team_members m JOIN users u ON u.id = m.user_id WHERE m.case_id = c.id AND u.email = @email)
         OR EXISTS (SELECT 1 FROM case_team_groups g JOIN user_group_members gm ON gm.group_id = g.group_id JOIN users u ON u.id = gm.user_id
                    WHERE g.case_id = c.id AND u.email = @email)) AS onTeam FROM cases c WHERE c.restricted = 1`,
    )
    .get({ email: BENCH_USER_EMAIL }) as { restricted: number; onTeam: number };
  db.$client.close();
  console.log(`generated ${JSON.stringify(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `signed in as ${BENCH_USER_EMAIL}: on the team of ${teams.onTeam} of the ${teams.restricted} restricted cases (case 1 among them), ` +
      "directly or through a group; the others are hidden from it",
  );

  if (!process.argv.includes("--no-build")) {
    started = performance.now();
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "ignore" });
    if (build.status !== 0) throw new Error("next build failed");
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: serverNodeOptions(),
      DATABASE_PATH: dbFile,
      AUTH_SECRET: "bench-only-secret",
      AUTH_TRUST_HOST: "true",
    },
  });
  try {
    await waitForServer(base, server);
    const routes = benchRoutes(officialId, byName);
    const rows: Row[] = [];
    const floorChecks: number[] = [];
    for (const [key, name, urlPath, needsSession] of routes) {
      // A fresh session per route: the cookie is re-signed once a minute, as a browser's
      // would be, and autocannon cannot take the new one.
      const cookie = needsSession ? await signIn(base, BENCH_USER_EMAIL) : null;
      const row = await load(base, key, name, urlPath, cookie, duration);
      if (key !== "floor") {
        // A second of warm-up first, so the route's leftover garbage is not counted against the floor.
        const after = (await load(base, "floorCheck", "floor", "/up", null, FLOOR_CHECK_SECONDS, 1)).rps;
        row.floorAround = ((floorChecks.at(-1) ?? after) + after) / 2;
        floorChecks.push(after);
      } else {
        floorChecks.push(row.rps);
      }
      rows.push(row);
      process.stdout.write(".");
    }
    // What one campaigner waits for a search when nobody else is using the server.
    const searchAlone = new Map<string, Row>();
    for (const [key, name, urlPath] of routes.filter(([key]) => key.startsWith("search"))) {
      searchAlone.set(key, await load(base, key, name, urlPath, await signIn(base, BENCH_USER_EMAIL), FLOOR_CHECK_SECONDS, 1, 1));
    }
    const rss = rssOf(server.pid!);
    printRun({ cases, duration, rows, floorChecks, searchAlone, engine, rss });

    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(RESULTS_DIR, `${cases}.json`),
      JSON.stringify({ cases, duration, at: new Date().toISOString(), rss, floorChecks, rows }, null, 2),
    );
    printScaling(RESULTS_DIR);
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
