/**
 * Generates a synthetic workspace in a new database, for benchmarks:
 *   npx tsx scripts/generate-workspace.ts --db /tmp/bench.sqlite [--cases 1000|10000|100000]
 * Sources, asks and outcomes scale with the number of cases (10, 5 and 2 per case).
 */
import fs from "node:fs";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { generateWorkspace, DEFAULT_SIZE } from "../server/seeds/synthetic-workspace";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const file = arg("db");
  if (!file) throw new Error("Name the database to create with --db FILE.");
  if (fs.existsSync(file)) throw new Error(`${file} exists: the generator only fills a new database.`);
  const cases = Number(arg("cases") ?? DEFAULT_SIZE.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error("--cases must be a positive whole number.");
  const size = { cases, sources: cases * 10, asks: cases * 5, outcomes: cases * 2, users: 5 };
  const started = performance.now();
  const db = openDatabase(file);
  runMigrations(db);
  await generateWorkspace(db, size);
  db.$client.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated ${JSON.stringify(size)} in ${seconds} s into ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
