import fs from "node:fs";
import path from "node:path";

// The app's entry points, read from the production build's own manifests so a page,
// route handler or server action added later is covered without editing the tests.

const serverDir = path.join(".next", "server");

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(serverDir, file), "utf8")) as T;
}

/** "app/(app)/cases/[id]/page" → "/cases/1" (dynamic segments become 1, the demo case). */
export function routeToPath(route: string): string {
  const withoutKind = route.replace(/^app/, "").replace(/\/(page|route)$/, "");
  return (
    withoutKind
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[\.\.\.[^\]]+\]/g, "session")
      .replace(/\[[^\]]+\]/g, "1") || "/"
  );
}

export interface AppEntry {
  route: string;
  path: string;
}

export function pageRoutes(): AppEntry[] {
  const manifest = readJson<Record<string, string>>("app-paths-manifest.json");
  return (
    Object.keys(manifest)
      // Next's built-in error pages (/_not-found, /_global-error) are not app routes.
      .filter((r) => r.endsWith("/page") && !r.startsWith("/_"))
      .map((r) => ({ route: r, path: routeToPath(`app${r}`) }))
  );
}

export function routeHandlers(): AppEntry[] {
  const manifest = readJson<Record<string, string>>("app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((r) => r.endsWith("/route"))
    .map((r) => ({ route: r, path: routeToPath(`app${r}`) }));
}

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page that bundles the action: actions are posted to such a page. */
  pagePath: string;
}

export function serverActions(): ServerAction[] {
  const manifest = readJson<{ node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }>(
    "server-reference-manifest.json",
  );
  return Object.entries(manifest.node).map(([id, entry]) => {
    const pages = Object.keys(entry.workers).map((w) => routeToPath(w));
    // Prefer a page without dynamic segments, then the shortest.
    const pagePath = [...pages].sort((a, b) => Number(a.includes("/1")) - Number(b.includes("/1")) || a.length - b.length)[0];
    if (pagePath === undefined) throw new Error(`No page of the build bundles the server action ${entry.exportedName}.`);
    return { id, name: entry.exportedName, file: entry.filename, pagePath };
  });
}
