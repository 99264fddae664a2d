/**
 * `npm run bench:brief`: builds the brief of a large case (50 sources, 30 asks,
 * 20 outcomes, 40 status changes) from an in-memory database and prints the median
 * and p95 time to load, build and render it, over 20 runs for each format.
 */
import { performance } from "node:perf_hooks";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { loadBriefData } from "../db/queries/brief";
import { seedLargeBriefCase } from "../db/queries/brief-fixture";
import { buildCaseBrief } from "../domain/brief";
import { renderBriefPdf } from "../server/brief/pdf";
import { renderBriefDocx } from "../server/brief/docx";

const RUNS = 20;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main() {
  const db = openDatabase(":memory:");
  runMigrations(db);
  const { caseId, officialId } = seedLargeBriefCase(db);

  for (const format of ["pdf", "docx"] as const) {
    const render = format === "pdf" ? renderBriefPdf : renderBriefDocx;
    let bytes = 0;
    let pages = 0;
    const generate = async () => {
      const data = loadBriefData(db, { userId: 1, seesConfidential: true }, caseId, officialId)!;
      const brief = buildCaseBrief(data, { includeConfidential: true, officialId, preparedBy: "Bench", today: "2026-11-27" });
      const out = await render(brief);
      bytes = out.length;
      if (format === "pdf") pages = (out.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    };
    await generate(); // warm-up: fonts are opened once per process
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await generate();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${format.padEnd(4)} median ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  ` +
        `(${RUNS} runs, ${(bytes / 1024).toFixed(0)} KiB${format === "pdf" ? `, ${pages} pages` : ""})`,
    );
  }
  db.$client.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
