/**
 * `npm run lint:layers`: the layers' arrows (app → server → db → domain, see
 * .dependency-cruiser.cjs and docs/architecture.md), and one rule dependency-cruiser
 * cannot see: a client component ("use client") is sent to the browser, so nothing it
 * imports, however indirectly, may come from server/ or db/. Exits 1 on any violation.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

interface Dependency {
  resolved: string;
  dependencyTypes: string[];
}
interface Module {
  source: string;
  dependencies: Dependency[];
}
interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}
interface CruiseResult {
  modules: Module[];
  summary: { violations: Violation[]; totalCruised: number; totalDependenciesCruised: number };
}

const ROOTS = ["app", "server", "db", "domain", "auth.ts", "proxy.ts", "instrumentation.ts"];
const run = spawnSync(
  process.execPath,
  ["node_modules/dependency-cruiser/bin/dependency-cruise.mjs", ...ROOTS, "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
  {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (!run.stdout) {
  console.error(run.stderr);
  process.exit(1);
}
const result = JSON.parse(run.stdout) as CruiseResult;
const problems = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

// What a client component pulls into the browser bundle: every import that is not type-only,
// up to a server action file ("use server"), which the bundle replaces with a reference to
// call over the network.
const byPath = new Map(result.modules.map((m) => [m.source, m]));
const SERVER_SIDE = /^(server|db)\/|node_modules\/(server-only|better-sqlite3|@node-rs)\//;
const directive = (file: string, name: string) =>
  fs.existsSync(file) && new RegExp(`^\\s*["']${name}["']`).test(fs.readFileSync(file, "utf8"));
for (const module of result.modules) {
  if (!module.source.startsWith("app/") || !directive(module.source, "use client")) continue;
  const seen = new Set<string>();
  const stack: { path: string; via: string[] }[] = [{ path: module.source, via: [] }];
  while (stack.length > 0) {
    const { path, via } = stack.pop()!;
    for (const dep of byPath.get(path)?.dependencies ?? []) {
      if (dep.dependencyTypes.includes("type-only") || seen.has(dep.resolved) || directive(dep.resolved, "use server")) continue;
      seen.add(dep.resolved);
      if (SERVER_SIDE.test(dep.resolved)) problems.push(`client-imports-domain-only: ${[module.source, ...via, dep.resolved].join(" → ")}`);
      else if (!dep.resolved.startsWith("node_modules/")) stack.push({ path: dep.resolved, via: [...via, dep.resolved] });
    }
  }
}

for (const problem of problems) console.error(`  ${problem}`);
console.log(
  `layers: ${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports; ${problems.length} against the arrows`,
);
process.exit(problems.length > 0 ? 1 : 0);
