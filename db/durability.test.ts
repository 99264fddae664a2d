/**
 * Durability under real concurrency and crashes: a separate process writes cases through
 * insertCase (case + first status-history row + audit event in one transaction) while
 * this process takes backups, or kills the writer with SIGKILL at a random moment.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { runMigrations } from "./migrate";
import { insertUser } from "./queries/users";
import { insertCase } from "./queries/case-writes";
import type { CreateCaseInput } from "../domain/schemas/case";
import { backupDatabase } from "./backup";
import { checkDatabaseFile, fingerprint } from "./backup-checks";
import { restoreDatabase } from "./restore";
import { at, defined } from "../domain/test-helpers";

const ROOT = path.resolve(import.meta.dirname, "..");
const WRITER = path.join(ROOT, "scripts", "testing", "case-writer.ts");

interface Writer {
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

let writerArgs: string[] = [];

function startWriter(file: string, userId: number): Writer {
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Creates a migrated database with one campaigner; returns the user's id. */
function createDatabase(file: string): number {
  const db = openDatabase(file);
  try {
    runMigrations(db);
    return insertUser(db, null, { email: "writer@example.org", name: "Writer", role: "campaigner", passwordHash: "x" })
      .id;
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

function partialRecords(sqlite: Database.Database): number {
  return sqlite.prepare(PARTIAL_RECORDS_SQL).pluck().get() as number;
}

function caseIds(sqlite: Database.Database): number[] {
  return sqlite.prepare("SELECT id FROM cases ORDER BY id").pluck().all() as number[];
}

/** The writer's rows up to case `n`, as JSON, to compare a backup with its source. */
function rowsUpTo(sqlite: Database.Database, n: number): string {
  return JSON.stringify([
    sqlite.prepare("SELECT * FROM cases WHERE id <= ? ORDER BY id").raw().all(n),
    sqlite.prepare("SELECT * FROM case_status_changes WHERE case_id <= ? ORDER BY id").raw().all(n),
    sqlite.prepare("SELECT * FROM audit_events WHERE entity_type = 'user' OR entity_id <= ? ORDER BY id").raw().all(n),
  ]);
}

const seedCase: CreateCaseInput = {
  personName: "",
  title: "Detained without charge",
  country: "Rwanda",
  summary: "Family and lawyers denied access. ".repeat(40),
  tags: ["seeded"],
  priority: "medium",
  status: "detained",
  arrestDate: "2020-08-27",
  arrestPlace: "Kigali",
  placeHeld: "Unknown",
  charges: "",
  sentence: "",
  sentenceDate: "",
};

let dir: string;
const writers: Writer[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-durability-"));
  writerArgs = prepareWriter(dir);
});

afterAll(async () => {
  for (const w of writers) w.child.kill("SIGKILL");
  await Promise.all(writers.map((w) => w.closed));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("durability", () => {
  it("takes consistent backups while another process keeps writing, and they restore intact", async () => {
    const dbFile = path.join(dir, "live.sqlite");
    const backupDir = path.join(dir, "live-backups");
    const userId = createDatabase(dbFile);
    // Enough data (several MB) that each backup takes a while, with writes landing during it.
    const SEEDED = 1500;
    const seeding = openDatabase(dbFile);
    try {
      seeding.$client.transaction(() => {
        for (let i = 0; i < SEEDED; i++) {
          insertCase(seeding, userId, { ...seedCase, personName: `Seeded person ${i}` });
        }
      })();
    } finally {
      seeding.$client.close();
    }
    const writer = startWriter(dbFile, userId);
    writers.push(writer);
    await writer.ready;
    await waitFor(() => writer.acks.length >= 5, "the first writes");

    const BACKUPS = 4;
    const taken: { file: string; ackedBefore: number[]; cases: number; started: string; ended: string }[] = [];
    for (let i = 0; i < BACKUPS; i++) {
      const ackedBefore = [...writer.acks];
      const started = new Date().toISOString();
      const backup = backupDatabase(dbFile, backupDir);
      const ended = new Date().toISOString();
      taken.push({ file: backup.file, ackedBefore, cases: defined(backup.counts.cases, "the backup's count of cases"), started, ended });
      const seen = writer.acks.length;
      await waitFor(() => writer.acks.length >= seen + 3, "more writes");
    }

    // While the writer has the database open, a restore into it is refused.
    await expect(
      restoreDatabase({ backupFile: at(taken, 0).file, databaseFile: dbFile, backupDir: path.join(dir, "unused") }),
    ).rejects.toThrow(/is open in another program/);
    expect(fs.existsSync(path.join(dir, "unused"))).toBe(false);

    writer.child.kill("SIGKILL");
    await writer.closed;
    const source = new Database(dbFile, { readonly: true });
    let restoredCount = 0;
    try {
      for (const [i, backup] of taken.entries()) {
        const check = checkDatabaseFile(backup.file);
        expect(check.problems).toEqual([]);
        const copy = new Database(backup.file, { readonly: true });
        try {
          const ids = caseIds(copy);
          const n = ids.length;
          // A snapshot of the source at one commit: cases 1..n, each complete, nothing after.
          expect(ids).toEqual(Array.from({ length: n }, (_, k) => k + 1));
          expect(check.counts).toMatchObject({ cases: n, case_status_changes: n, audit_events: n + 1, users: 1 });
          expect(partialRecords(copy)).toBe(0);
          expect(n).toBeGreaterThanOrEqual(backup.ackedBefore.length);
          expect(ids).toEqual(expect.arrayContaining(backup.ackedBefore));
          expect(rowsUpTo(copy, n)).toBe(rowsUpTo(source, n));

          const target = path.join(dir, `restored-${i}.sqlite`);
          const restored = await restoreDatabase({ backupFile: backup.file, databaseFile: target, backupDir });
          expect(restored.counts).toEqual(check.counts);
          const after = new Database(target, { readonly: true });
          try {
            expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
            expect(fingerprint(after)).toBe(fingerprint(copy));
          } finally {
            after.close();
          }
          restoredCount++;
        } finally {
          copy.close();
        }
      }
      const total = caseIds(source).length;
      const during = taken.reduce(
        (sum, t) =>
          sum +
          (source
            .prepare("SELECT count(*) FROM cases WHERE created_at BETWEEN ? AND ?")
            .pluck()
            .get(t.started, t.ended) as number),
        0,
      );
      console.log(
        `backup test: ${taken.length} backups of a ${SEEDED}-case database taken while another process wrote ` +
          `${total - SEEDED} more cases, ${during} of them while a backup was running ` +
          `(cases per backup: ${taken.map((t) => t.cases).join(", ")}); ` +
          `${restoredCount} restored with integrity_check ok, counts equal to the source at backup time, 0 partial records`,
      );
      expect(Math.max(...taken.map((t) => t.cases))).toBeLessThanOrEqual(total);
    } finally {
      source.close();
    }
  }, 180_000);

  it("loses no acknowledged write and leaves no partial record when the writer is killed at random", async () => {
    const RUNS = 32;
    const PARALLEL = 4;
    const slots = Array.from({ length: PARALLEL }, (_, j) => {
      const file = path.join(dir, `crash-${j}.sqlite`);
      return { file, userId: createDatabase(file), acks: [] as number[] };
    });
    let acknowledged = 0;
    let lost = 0;
    let partial = 0;
    let runs = 0;

    for (let batch = 0; batch < RUNS / PARALLEL; batch++) {
      await Promise.all(
        slots.map(async (slot) => {
          const writer = startWriter(slot.file, slot.userId);
          writers.push(writer);
          await writer.ready;
          await sleep(Math.random() * 800);
          writer.child.kill("SIGKILL");
          await writer.closed;
          slot.acks.push(...writer.acks);
          acknowledged += writer.acks.length;
          runs++;

          // Reopen as the server would after a crash (WAL recovery), then check everything.
          const db = openDatabase(slot.file);
          try {
            expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
            const present = new Set(caseIds(db.$client));
            const missing = slot.acks.filter((id) => !present.has(id));
            lost += missing.length;
            partial += partialRecords(db.$client);
            expect(missing).toEqual([]);
          } finally {
            db.$client.close();
          }
        }),
      );
    }
    let committedUnacknowledged = 0;
    for (const slot of slots) {
      const sqlite = new Database(slot.file, { readonly: true });
      try {
        const acked = new Set(slot.acks);
        committedUnacknowledged += caseIds(sqlite).filter((id) => !acked.has(id)).length;
      } finally {
        sqlite.close();
      }
    }
    console.log(
      `crash test: ${runs} runs killed with SIGKILL, ${acknowledged} acknowledged writes, ${lost} lost, ` +
        `${partial} partial (${committedUnacknowledged} committed but killed before acknowledging, kept whole)`,
    );
    expect(runs).toBe(RUNS);
    expect(acknowledged).toBeGreaterThan(0);
    expect(lost).toBe(0);
    expect(partial).toBe(0);
  }, 240_000);
});
