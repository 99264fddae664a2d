/**
 * A separate process that writes cases through insertCase (case + first status-history
 * row + audit event in one transaction), and what the durability tests check afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll } from "vitest";
import { openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "../queries/users";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const WRITER = path.join(ROOT, "scripts", "testing", "case-writer.ts");

export interface Writer {
  child: ChildProcess;
  /** Case ids whose insertCase had returned (committed) when the writer printed them. */
  acks: number[];
  ready: Promise<void>;
  closed: Promise<void>;
}

/**
 * How to start the writer. Loading TypeScript through tsx costs every child about half a
 * second of CPU, so when tsx's own esbuild is at hand the writer (the same insertCase code)
 * is bundled once into plain JavaScript, which starts several times faster.

 */
function prepareWriter(outDir: string): string[] {
  try {
    const requireFromTsx = createRequire(path.join(ROOT, "node_modules", "tsx", "package.json"));
    const esbuild = requireFromTsx("esbuild") as typeof import("esbuild");
    const outfile = path.join(outDir, "case-writer.cjs");
    esbuild.buildSync({
      entryPoints: [WRITER],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile,
      external: ["better-sqlite3"],
      logLevel: "silent",
    });
    return [outfile];
  } catch {
    return ["--import", "tsx", WRITER];
  }
}

function startWriter(writerArgs: string[], file: string, userId: number): Writer {
  const child = spawn(process.execPath, [...writerArgs, file, String(userId)], {
    cwd: ROOT,
    // The bundled writer loads better-sqlite3 (a native module) from the project.
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acks: number[] = [];
  let stderr = "";
  let pending = "";
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      if (line === "ready") markReady();
      else if (/^\d+$/.test(line)) acks.push(Number(line));
    }
  });
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const closed = new Promise<void>((resolve) => {
    child.on("close", (code, signal) => {
      // A partial last line was never fully acknowledged, so it does not count.
      failReady(new Error(`writer exited before it was ready (code ${code}, signal ${signal}): ${stderr}`));
      resolve();
    });
  });
  return { child, acks, ready, closed };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Creates a migrated database with one campaigner; returns the user's id. */
export function createDatabase(file: string): number {
  const db = openDatabase(file);
  try {
    runMigrations(db);
    return insertUser(db, null, { email: "writer@example.org", name: "Writer", role: "campaigner", passwordHash: "x" }).id;
  } finally {
    db.$client.close();
  }
}

/** Cases missing their first status-history row or their audit event, and orphaned rows. */
const PARTIAL_RECORDS_SQL = `
  SELECT
    (SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_status_changes s WHERE s.case_id = c.id))
  + (SELECT count(*) FROM cases c WHERE NOT EXISTS (
       SELECT 1 FROM audit_events a WHERE a.entity_type = 'case' AND a.action = 'create' AND a.entity_id = c.id))
  + (SELECT count(*) FROM case_status_changes s WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = s.case_id))
  + (SELECT count(*) FROM audit_events a WHERE a.entity_type = 'case' AND NOT EXISTS (
       SELECT 1 FROM cases c WHERE c.id = a.entity_id))`;

export function partialRecords(sqlite: Database.Database): number {
  return sqlite.prepare(PARTIAL_RECORDS_SQL).pluck().get() as number;
}

export function caseIds(sqlite: Database.Database): number[] {
  return sqlite.prepare("SELECT id FROM cases ORDER BY id").pluck().all() as number[];
}

/**
 * A temporary folder and writer processes for one test file: the writer is prepared once,
 * and every writer started is killed and the folder removed after the file's tests.
 */
export function useWriterProcesses(prefix: string): {
  dir: () => string;
  startWriter: (file: string, userId: number) => Writer;
} {
  let dir = "";
  let writerArgs: string[] = [];
  const writers: Writer[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    writerArgs = prepareWriter(dir);
  });

  afterAll(async () => {
    for (const w of writers) w.child.kill("SIGKILL");
    await Promise.all(writers.map((w) => w.closed));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    dir: () => dir,
    startWriter: (file, userId) => {
      const writer = startWriter(writerArgs, file, userId);
      writers.push(writer);
      return writer;
    },
  };
}
