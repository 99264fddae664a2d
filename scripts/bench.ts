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
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { generateWorkspace, SYNTHETIC_PASSWORD } from "../server/seeds/synthetic-workspace";
import { searchRecords } from "../db/queries/search";
import type { Reader } from "../db/visibility";
import { serverNodeOptions } from "./server-node-options";

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
const WARM_UP_SECONDS = 5;
/** How long the floor is measured again after each route. */
const FLOOR_CHECK_SECONDS = 5;

/** The targets, checked at the end of the table. */
const TARGETS = { ratio: 0.4, searchP95Ms: 50, briefP50Ms: 200, rssMb: 400, scaling: 1.3 };

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
  const jar = new Map(csrf.headers.getSetCookie().map((c) => (c.split(";")[0] ?? "").split(/=(.*)/s).slice(0, 2) as [string, string]));
  const csrfCookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: SYNTHETIC_PASSWORD, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status} ${response.headers.get("location")}).`);
  return session.split(";")[0] ?? "";
}

interface Row {
  key: string;
  name: string;
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The floor's req/s around this route (the mean of the checks before and after it). */
  floorAround?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function load(
  key: string,
  name: string,
  urlPath: string,
  cookie: string | null,
  seconds = duration,
  warmUp = WARM_UP_SECONDS,
  connections = 10,
): Promise<Row> {
  const options = { url: `${base}${urlPath}`, connections, headers: cookie ? { cookie } : {} };
  if (warmUp > 0) await autocannon({ ...options, duration: warmUp }); // the route's code is loaded and optimised first
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    // Every response's time, for exact percentiles (autocannon's summary has no p95).
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    key,
    name,
    path: urlPath,
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const ms = (n: number) => n.toFixed(1);

/**
 * The search query alone, without HTTP or rendering: names of random cases, common words and
 * word beginnings, as a campaigner types them. Under 10 connections every page's latency is
 * mostly waiting for the other nine (see the floor's p95), so this is printed beside it.
 */
const ALL_SEEING: Reader = { userId: 1, seesConfidential: true };

function timeSearchEngine(db: ReturnType<typeof openDatabase>) {
  const names = db.$client.prepare("SELECT person_name AS name FROM cases ORDER BY random() LIMIT 100").all() as { name: string }[];
  const queries = [
    ...names.map((n) => n.name.split(" ").slice(0, 2).join(" ")),
    ...["prison", "court hearing", "appeal", "embassy minister", "release charges"],
    ...["pri", "cou", "Sot", "Nguy", "emb", "Outlet 1"],
  ];
  const times: number[] = [];
  for (const q of queries) {
    searchRecords(db, ALL_SEEING, q); // the first run of a query pays for reading pages from disk
    const started = performance.now();
    searchRecords(db, ALL_SEEING, q);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { queries: queries.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * p50 at 100,000 cases against 1,000, from the two sizes' last runs. The runs are minutes or
 * hours apart on a shared machine whose speed drifts (the floor varied 170-330 req/s), so
 * the table also gives the ratio with each p50 scaled by the floor measured around the
 * route in its own run (p50 × floor req/s): the same route on an equally fast machine.
 */
function printScaling() {
  const file = (n: number) => path.join(RESULTS_DIR, `${n}.json`);
  if (!fs.existsSync(file(1_000)) || !fs.existsSync(file(100_000))) return;
  const small = JSON.parse(fs.readFileSync(file(1_000), "utf8")) as { rows: Row[] };
  const large = JSON.parse(fs.readFileSync(file(100_000), "utf8")) as { rows: Row[] };
  const floorAround = (run: { rows: Row[] }, row: Row) => row.floorAround ?? run.rows.find((r) => r.key === "floor")?.rps;
  const verdict = (ratio: number) => (ratio <= TARGETS.scaling ? "met" : "missed");
  console.log(`\nScaling: p50 at 100,000 cases against 1,000 cases (target ≤ ${TARGETS.scaling}×)\n`);
  console.log("| route | p50 at 1,000 | p50 at 100,000 | ratio | target | floor around it, 1,000 / 100,000 | ratio at equal floor speed | target |");
  console.log("|---|---:|---:|---:|---|---:|---:|---|");
  for (const key of ["caseList", "caseListFiltered", "casePage", "searchName", "searchBroad"]) {
    const a = small.rows.find((r) => r.key === key);
    const b = large.rows.find((r) => r.key === key);
    if (!a || !b) continue;
    const ratio = b.p50 / Math.max(a.p50, 0.1);
    const [floorA, floorB] = [floorAround(small, a), floorAround(large, b)];
    // Results saved without a floor row cannot be compared at equal floor speed.
    if (floorA === undefined || floorB === undefined) continue;
    const adjusted = (b.p50 * floorB) / Math.max(a.p50 * floorA, 0.1);
    console.log(
      `| ${b.name} | ${ms(a.p50)} ms | ${ms(b.p50)} ms | ${ratio.toFixed(2)} | ${verdict(ratio)} | ` +
        `${floorA.toFixed(0)} / ${floorB.toFixed(0)} req/s | ${adjusted.toFixed(2)} | ${verdict(adjusted)} |`,
    );
  }
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
  // A search for a person by name, as a campaigner would: the large case's first and last name.
  const personName = (db.$client.prepare("SELECT person_name AS name FROM cases WHERE id = 1").get() as { name: string }).name;
  const byName = personName.split(" ").slice(0, -1).join(" ");
  const engine = timeSearchEngine(db);
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
    await waitForServer(server);
    const routes: [key: string, name: string, path: string, needsSession: boolean][] = [
      ["floor", "floor (no data, no session)", "/up", false],
      ["dashboard", "dashboard", "/", true],
      ["caseList", "case list", "/cases", true],
      ["caseListFiltered", "case list, filtered", "/cases?status=detained&country=Egypt&sort=name_asc", true],
      ["casePage", "case page (50 sources, 30 asks)", "/cases/1", true],
      ["caseSources", "case sources tab", "/cases/1/sources", true],
      ["caseAsks", "case asks tab", "/cases/1/asks", true],
      ["timeline", "case timeline", "/cases/1/timeline", true],
      ["official", "official's page", `/people/${officialId}`, true],
      ["searchName", "search, a name", `/search?q=${encodeURIComponent(byName)}`, true],
      ["searchBroad", "search, common words", "/search?q=prison%20court", true],
      ["briefPdf", "brief PDF", "/api/cases/1/brief?format=pdf", true],
    ];
    const rows: Row[] = [];
    const floorChecks: number[] = [];
    for (const [key, name, urlPath, needsSession] of routes) {
      // A fresh session per route: the cookie is re-signed once a minute, as a browser's
      // would be, and autocannon cannot take the new one.
      const cookie = needsSession ? await signIn("campaigner1@example.org") : null;
      const row = await load(key, name, urlPath, cookie);
      if (key !== "floor") {
        // A second of warm-up first, so the route's leftover garbage is not counted against the floor.
        const after = (await load("floorCheck", "floor", "/up", null, FLOOR_CHECK_SECONDS, 1)).rps;
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
      searchAlone.set(key, await load(key, name, urlPath, await signIn("campaigner1@example.org"), FLOOR_CHECK_SECONDS, 1, 1));
    }
    const rss = rssOf(server.pid!);
    const floor = rows.find((r) => r.key === "floor")?.rps;
    if (floor === undefined) throw new Error("The floor route was not measured.");
    const ratio = (r: Row) => r.rps / (r.floorAround ?? floor);
    const cpu = os.cpus();
    console.log(
      `\n\nVigil benchmark: ${cases.toLocaleString("en")} cases, ${duration} s per route after a ${WARM_UP_SECONDS} s warm-up, 10 connections, ` +
        `${cpu.length} cores (${cpu[0]?.model ?? "?"}), Node ${process.version}\n`,
    );
    console.log("| route | req/s | p50 ms | p95 ms | p99 ms | floor around it, req/s | × floor | errors |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) {
      console.log(
        `| ${r.name} \`${r.path}\` | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.floorAround ?? floor).toFixed(0)} | ${ratio(r).toFixed(2)} | ${r.errors} |`,
      );
    }
    console.log(
      `\nThe floor measured ${Math.min(...floorChecks).toFixed(0)}–${Math.max(...floorChecks).toFixed(0)} req/s over the run ` +
        `(${FLOOR_CHECK_SECONDS} s after each route); each ratio is to the floor just before and after the route.`,
    );
    const pages = rows.filter((r) => r.key !== "floor" && r.key !== "briefPdf");
    const slowest = pages.reduce((a, b) => (ratio(a) < ratio(b) ? a : b));
    const searches = rows.filter((r) => r.key.startsWith("search"));
    const brief = rows.find((r) => r.key === "briefPdf")!;
    const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
    console.log(`\nTargets at this size:`);
    console.log(`- every page ≥ ${TARGETS.ratio}× the floor: lowest ${ratio(slowest).toFixed(2)}× (${slowest.name}): ${verdict(ratio(slowest) >= TARGETS.ratio)}`);
    for (const s of searches) {
      const alone = searchAlone.get(s.key)!;
      console.log(
        `- ${s.name} p95 < ${TARGETS.searchP95Ms} ms: ${ms(s.p95)} ms under 10 connections: ${verdict(s.p95 < TARGETS.searchP95Ms)}; ` +
          `one request at a time: p50 ${ms(alone.p50)} ms, p95 ${ms(alone.p95)} ms`,
      );
    }
    console.log(
      `- search engine alone (searchRecords in this process, no load, ${engine.queries} queries: names, common words, beginnings): ` +
        `p50 ${ms(engine.p50)} ms, p95 ${ms(engine.p95)} ms: ${verdict(engine.p95 < TARGETS.searchP95Ms)}`,
    );
    console.log(`- brief PDF p50 < ${TARGETS.briefP50Ms} ms under load: ${ms(brief.p50)} ms: ${verdict(brief.p50 < TARGETS.briefP50Ms)}`);
    console.log(`- server memory at the end of the run: ${rss.toFixed(0)} MB RSS (< ${TARGETS.rssMb} MB): ${verdict(rss < TARGETS.rssMb)}`);

    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, `${cases}.json`), JSON.stringify({ cases, duration, at: new Date().toISOString(), rss, floorChecks, rows }, null, 2));
    printScaling();
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
