import type Database from "better-sqlite3";
import { pageRoutes, routeHandlers } from "./app-surface";
import { SEARCH_KINDS } from "../../domain/search-query";
import { TIMELINE_KINDS } from "../../domain/timeline";

/**
 * Every address the leak sweep fetches, derived from the build's manifests: each page and
 * route handler, with its dynamic segments filled with every record of the workspace that
 * could show a marker, and the query variants that open forms, show more, filter or search.
 * A route the sweep does not know how to fill fails the sweep, so a new page cannot be
 * left out of it.
 */

export interface Workspace {
  caseIds: number[];
  askIds: number[];
  personIds: number[];
  sourceIds: number[];
  userIds: number[];
}

export function readWorkspace(db: Database.Database): Workspace {
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return {
    caseIds: ids("SELECT id FROM cases ORDER BY id"),
    askIds: ids("SELECT id FROM asks ORDER BY id"),
    personIds: ids("SELECT id FROM people ORDER BY id"),
    sourceIds: ids("SELECT id FROM sources ORDER BY id"),
    userIds: ids("SELECT id FROM users ORDER BY id"),
  };
}

/** The values each dynamic segment takes, by the route's folder before it. */
function segmentValues(route: string, segment: string, w: Workspace, caseId: number): number[] | null {
  if (segment === "[askId]") return w.askIds;
  if (segment !== "[id]") return null;
  if (route.includes("/cases/")) return w.caseIds;
  if (route.includes("/people/")) return w.personIds;
  if (route.includes("/sources/")) return w.sourceIds;
  if (route.includes("/admin/users/")) return w.userIds;
  void caseId;
  return null;
}

/** Query strings worth fetching besides the bare address, by page. */
function queryVariants(path: string, w: Workspace, markers: string[]): string[] {
  const more = "show=1000";
  // `cite` opens a claim's source editor, the one view that lists all of a case's sources.
  const caseId = /^\/cases\/(\d+)/.exec(path)?.[1];
  if (/^\/cases\/\d+$/.test(path)) return ["", "?history=1000", `?cite=arrest:${caseId}`, `?cite=summary:${caseId}`];
  if (/^\/cases\/\d+\/asks$/.test(path))
    return ["", "?asks=1000&outcomes=1000", "?form=ask", "?form=outcome", ...w.askIds.flatMap((a) => [`?move=${a}`, `?cite=ask:${a}`])];
  if (/^\/cases\/\d+\/sources$/.test(path)) return ["", `?${more}`, "?form=source", ...markers.map((m) => `?find=${m}`)];
  if (/^\/cases\/\d+\/timeline$/.test(path)) return ["", `?${more}`, ...TIMELINE_KINDS.map((k) => `?kind=${k}&${more}`)];
  if (/^\/cases\/\d+\/history$/.test(path)) return [`?${more}`];
  if (/^\/cases\/\d+\/brief$/.test(path)) return ["", ...w.personIds.map((p) => `?official=${p}`)];
  if (path === "/people") return ["", "?kind=official", "?kind=organisation", "?kind=contact", ...markers.map((m) => `?q=${m}`)];
  if (/^\/people\/\d+$/.test(path)) return ["", "?page=2"];
  if (path === "/people/new") return ["", "?kind=contact", ...markers.map((m) => `?kind=contact&findCase=${m}`)];
  if (/^\/people\/\d+\/edit$/.test(path)) return [""];
  if (path === "/sources") return ["", ...markers.map((m) => `?q=${m}`)];
  if (path === "/search") return markers.flatMap((m) => [`?q=${m}`, ...SEARCH_KINDS.map((k) => `?q=${m}&kind=${k}`)]);
  if (path === "/") return ["", "?followUps=200"];
  if (path === "/cases") return ["", "?sort=name_asc", "?status=released", "?country=Rwanda"];
  if (path === "/admin/audit") return ["", "?page=2"];
  return [""];
}

function expand(route: string, w: Workspace, caseId: number): string[] | { unknown: string } {
  const segments = route.match(/\[[^\]]+\]/g) ?? [];
  let paths = [
    route
      .replace(/^app/, "")
      .replace(/\/(page|route)$/, "")
      .replace(/\/\([^)]+\)/g, "") || "/",
  ];
  for (const segment of segments) {
    const values = segmentValues(route, segment, w, caseId);
    if (!values) return { unknown: `${route} ${segment}` };
    paths = paths.flatMap((p) => values.map((v) => p.replace(segment, String(v))));
  }
  return paths;
}

// Pages without records: public, or a form with nothing in it yet.
const NOTHING_TO_SWEEP = new Set(["/signin", "/signin/code", "/setup", "/up"]);

export interface SweepSurface {
  pages: string[];
  /** Routes the sweep could not fill: a failure, naming what to add above. */
  unknown: string[];
}

export function pagesToSweep(w: Workspace, caseId: number, markers: string[]): SweepSurface {
  const unknown: string[] = [];
  const pages: string[] = [];
  for (const { route } of pageRoutes()) {
    const expanded = expand(`app${route}`, w, caseId);
    if ("unknown" in expanded) {
      unknown.push(expanded.unknown);
      continue;
    }
    for (const path of expanded) {
      if (NOTHING_TO_SWEEP.has(path)) continue;
      for (const query of queryVariants(path, w, markers)) pages.push(`${path}${query}`);
    }
  }
  return { pages, unknown };
}

/** Every export and search route handler, with each case, and each marker as the query. */
export function exportsToSweep(w: Workspace, markers: string[]): SweepSurface {
  const unknown: string[] = [];
  const urls: string[] = [];
  for (const { path } of routeHandlers()) {
    if (path.startsWith("/api/auth")) continue;
    if (path === "/api/export/cases") urls.push(path, `${path}?status=released`, `${path}?country=Rwanda`);
    else if (path === "/api/export/asks") urls.push(path, ...w.caseIds.map((c) => `${path}?case=${c}`));
    else if (path === "/api/officials") urls.push(...markers.map((m) => `${path}?q=${m}`));
    else if (path === "/api/cases/1/brief")
      continue; // swept with every variant by briefsToSweep
    else unknown.push(path);
  }
  return { pages: urls, unknown };
}

/** Every brief: both formats, generic and for each person, with and without confidential items. */
export function briefsToSweep(w: Workspace, { withConfidential }: { withConfidential: boolean }): string[] {
  const urls: string[] = [];
  for (const caseId of w.caseIds) {
    for (const format of ["pdf", "docx"]) {
      for (const official of [null, ...w.personIds]) {
        for (const confidential of withConfidential ? ["0", "1"] : ["0"]) {
          const q = new URLSearchParams({ format, confidential });
          if (official !== null) q.set("official", String(official));
          urls.push(`/api/cases/${caseId}/brief?${q}`);
        }
      }
    }
  }
  return urls;
}
