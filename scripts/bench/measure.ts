/** Measuring for `npm run bench`: the server's readiness, signing in, loading a route, memory, and search alone. */
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type { openDatabase } from "../../db/client";
import { searchRecords } from "../../db/queries/search";
import type { Reader } from "../../db/visibility";
import { SYNTHETIC_PASSWORD } from "../../server/seeds/synthetic-workspace";

export const WARM_UP_SECONDS = 5;
/** How long the floor is measured again after each route. */
export const FLOOR_CHECK_SECONDS = 5;

export async function waitForServer(base: string, server: ChildProcess): Promise<void> {
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
export async function signIn(base: string, email: string): Promise<string> {
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

export interface Row {
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

/** Loads one route with autocannon for `seconds` after a warm-up; every response's time is kept. */
export async function load(
  base: string,
  key: string,
  name: string,
  urlPath: string,
  cookie: string | null,
  seconds: number,
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

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * The search query alone, without HTTP or rendering: names of random cases, common words and
 * word beginnings, as a campaigner types them. Under 10 connections every page's latency is
 * mostly waiting for the other nine (see the floor's p95), so this is printed beside it.
 */
const ALL_SEEING: Reader = { userId: 1, seesConfidential: true };

export function timeSearchEngine(db: ReturnType<typeof openDatabase>) {
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
