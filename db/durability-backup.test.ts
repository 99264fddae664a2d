/**
 * Durability under real concurrency: a separate process writes cases through insertCase
 * (case + first status-history row + audit event in one transaction) while this process
 * takes backups of the same file, and every backup restores intact.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { insertCase } from "./queries/case-writes";
import type { CreateCaseInput } from "../domain/schemas/case";
import { backupDatabase } from "./backup";
import { checkDatabaseFile, fingerprint } from "./backup-checks";
import { restoreDatabase } from "./restore";
import { at, defined } from "../domain/test-helpers";
import { caseIds, createDatabase, partialRecords, useWriterProcesses, waitFor } from "./test/case-writer-process";

const processes = useWriterProcesses("vigil-durability-backup-");

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
  nativeName: "",
  aliases: [],
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

describe("durability", () => {
  it("takes consistent backups while another process keeps writing, and they restore intact", async () => {
    const dir = processes.dir();
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
    const writer = processes.startWriter(dbFile, userId);
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
          sum + (source.prepare("SELECT count(*) FROM cases WHERE created_at BETWEEN ? AND ?").pluck().get(t.started, t.ended) as number),
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
});
