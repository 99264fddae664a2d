/** The tables `npm run bench` prints: one run's routes against the floor and the targets, and scaling across sizes. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FLOOR_CHECK_SECONDS, WARM_UP_SECONDS, type Row } from "./measure";

/** The targets, checked at the end of the table. */
const TARGETS = { ratio: 0.4, searchP95Ms: 50, briefP50Ms: 200, rssMb: 400, scaling: 1.3 };

const ms = (n: number) => n.toFixed(1);

export interface BenchRun {
  cases: number;
  duration: number;
  rows: Row[];
  floorChecks: number[];
  /** Each search route measured one request at a time. */
  searchAlone: Map<string, Row>;
  engine: { queries: number; p50: number; p95: number };
  /** The server's memory at the end, in MB. */
  rss: number;
}

/** Prints the table of routes, the floor's range and the targets met or missed. */
export function printRun({ cases, duration, rows, floorChecks, searchAlone, engine, rss }: BenchRun): void {
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
  console.log(
    `- every page ≥ ${TARGETS.ratio}× the floor: lowest ${ratio(slowest).toFixed(2)}× (${slowest.name}): ${verdict(ratio(slowest) >= TARGETS.ratio)}`,
  );
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
}

/**
 * p50 at 100,000 cases against 1,000, from the two sizes' last runs. The runs are minutes or
 * hours apart on a shared machine whose speed drifts (the floor varied 170-330 req/s), so
 * the table also gives the ratio with each p50 scaled by the floor measured around the
 * route in its own run (p50 × floor req/s): the same route on an equally fast machine.
 */
export function printScaling(resultsDir: string) {
  const file = (n: number) => path.join(resultsDir, `${n}.json`);
  if (!fs.existsSync(file(1_000)) || !fs.existsSync(file(100_000))) return;
  const small = JSON.parse(fs.readFileSync(file(1_000), "utf8")) as { rows: Row[] };
  const large = JSON.parse(fs.readFileSync(file(100_000), "utf8")) as { rows: Row[] };
  const floorAround = (run: { rows: Row[] }, row: Row) => row.floorAround ?? run.rows.find((r) => r.key === "floor")?.rps;
  const verdict = (ratio: number) => (ratio <= TARGETS.scaling ? "met" : "missed");
  console.log(`\nScaling: p50 at 100,000 cases against 1,000 cases (target ≤ ${TARGETS.scaling}×)\n`);
  console.log(
    "| route | p50 at 1,000 | p50 at 100,000 | ratio | target | floor around it, 1,000 / 100,000 | ratio at equal floor speed | target |",
  );
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
