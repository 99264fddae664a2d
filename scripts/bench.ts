/**
 * `npm run bench`: builds and serves Vigil on a synthetic workspace in a throwaway
 * database, signs in, and loads each route with autocannon (10 connections). Prints one
 * table: requests per second, p50 and p99 latency, and each route's throughput as a
 * ratio of the floor (/up: a dynamic page that reads no data and needs no session).
 *
 *   npm run bench                      10,000 cases (100,000 sources, 50,000 asks, 20,000 outcomes)
 *   npm run bench -- --cases 1000      or --cases 100000
 *   npm run bench -- --duration 10     seconds per route after a warm-up (default 10)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { generateWorkspace, SYNTHETIC_PASSWORD } from "../db/synthetic-workspace";

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

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      if ((await fetch(`${base}/up`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within a minute.");
}

/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // Later Set-Cookie headers of the same name win, as in a browser.
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0].split(/=(.*)/s).slice(0, 2) as [string, string]));
  const csrfCookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: SYNTHETIC_PASSWORD, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status} ${response.headers.get("location")}).`);
  return session.split(";")[0];
}

interface Row {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(name: string, urlPath: string, cookie: string | null): Promise<Row> {
  const options = { url: `${base}${urlPath}`, connections: 10, headers: cookie ? { cookie } : {} };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration });
  return {
    name,
    path: urlPath,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-bench-"));
  const dbFile = path.join(dir, "bench.sqlite");
  const size = { cases, sources: cases * 10, asks: cases * 5, outcomes: cases * 2, users: 5 };
  let started = performance.now();
  const db = openDatabase(dbFile);
  runMigrations(db);
  await generateWorkspace(db, size);
  const officialId = (db.$client.prepare("SELECT official_id AS id FROM asks WHERE case_id = 1 LIMIT 1").get() as { id: number }).id;
  db.$client.close();
  console.log(`generated ${JSON.stringify(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  if (!process.argv.includes("--no-build")) {
    started = performance.now();
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "ignore" });
    if (build.status !== 0) throw new Error("next build failed");
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: dbFile, AUTH_SECRET: "bench-only-secret", AUTH_TRUST_HOST: "true" },
  });
  try {
    await waitForServer(server);
    const cookie = await signIn("campaigner1@example.org");
    const routes: [string, string, boolean][] = [
      ["floor (no data, no session)", "/up", false],
      ["dashboard", "/", true],
      ["case list", "/cases", true],
      ["case list, filtered", "/cases?status=detained&country=Egypt&sort=name", true],
      ["case page: sources (50)", "/cases/1/sources", true],
      ["case page: asks (30)", "/cases/1/asks", true],
      ["case timeline", "/cases/1/timeline", true],
      ["official's page", `/people/${officialId}`, true],
      ["search", "/search?q=prison%20court", true],
      ["brief PDF", "/api/cases/1/brief?format=pdf", true],
    ];
    const rows: Row[] = [];
    for (const [name, urlPath, needsSession] of routes) {
      rows.push(await load(name, urlPath, needsSession ? cookie : null));
      process.stdout.write(".");
    }
    const rss = rssOf(server.pid!);
    const floor = rows[0].rps;
    console.log(`\n\nVigil benchmark: ${cases.toLocaleString("en")} cases, ${duration} s per route, 10 connections, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"})\n`);
    console.log("| route | req/s | p50 ms | p99 ms | × floor | errors |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of rows) {
      console.log(`| ${r.name} \`${r.path}\` | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.rps / floor).toFixed(2)} | ${r.errors} |`);
    }
    console.log(`\nserver memory at the end of the run: ${rss.toFixed(0)} MB RSS`);
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
