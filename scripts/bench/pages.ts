/** The routes `npm run bench` loads, in order; the floor (/up) comes first. */
export type BenchRoute = [key: string, name: string, path: string, needsSession: boolean];

/** `officialId` is an official with asks on case 1; `byName` a search for case 1's person by name. */
export function benchRoutes(officialId: number, byName: string): BenchRoute[] {
  return [
    ["floor", "floor (no data, no session)", "/up", false],
    ["dashboard", "dashboard", "/", true],
    ["caseList", "case list", "/cases", true],
    ["caseListFiltered", "case list, filtered", "/cases?status=detained&country=Egypt&sort=name_asc", true],
    ["casePage", "case page (50 sources, 30 asks)", "/cases/1", true],
    ["caseSources", "case sources tab", "/cases/1/sources", true],
    ["caseAsks", "case asks tab", "/cases/1/asks", true],
    ["timeline", "case timeline", "/cases/1/timeline", true],
    ["official", "official's page", `/people/${officialId}`, true],
    ["searchName", "search, a name", `/search?q=${encodeURIComponent(byName)}`, true],
    ["searchBroad", "search, common words", "/search?q=prison%20court", true],
    ["inbox", "inbox", "/inbox", true],
    ["briefPdf", "brief PDF", "/api/cases/1/brief?format=pdf", true],
  ];
}
