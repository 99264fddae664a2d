/**
 * Durability under crashes: a separate process writes cases through insertCase (case +
 * first status-history row + audit event in one transaction) and is killed with SIGKILL
 * at a random moment; no acknowledged write may be lost and no record left half-written.
 */
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { caseIds, createDatabase, partialRecords, sleep, useWriterProcesses } from "./test/case-writer-process";

const processes = useWriterProcesses("vigil-durability-crash-");

describe("durability", () => {
  it("loses no acknowledged write and leaves no partial record when the writer is killed at random", async () => {
    const dir = processes.dir();
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
          const writer = processes.startWriter(slot.file, slot.userId);
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
