import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, signedInRequestAt } from "./identities";
import { createRestrictedMarkers } from "./restricted-markers";
import { SWEEP_URL, sweep } from "./sweep-fetch";
import { briefsToSweep, exportsToSweep, pagesToSweep, readWorkspace } from "./sweep-surface";
import { insertUser } from "./team-records";

// The leak sweep for need-to-know: a restricted case with a marker in every field of every
// kind of record, then everything a campaigner, a viewer and an admin who are not on its
// team can fetch, looked through for any marker; its own pages answer them 404. Its team
// finds the markers (so a broken seeding fails here too): the campaigner all of them, the
// viewer all but the confidential ones.

const TEAM_PASSWORD = "the sweep team's own passphrase";

/** What each marker was written into, for the markers `reader` found in `urls` beyond the address's own echo of it. */
async function markersFound(
  reader: APIRequestContext,
  urls: string[],
  markers: Record<string, string>,
  absent: string,
): Promise<Set<string>> {
  const { hits } = await sweep(reader, "team", urls, { markers, absent }, { rsc: false });
  return new Set(hits.map((hit) => /: (\w+) \(\d+×\)$/.exec(hit)?.[1] ?? hit));
}

test("need-to-know sweep: nothing of a restricted case reaches anyone outside its team; its team finds it", async ({ browser }) => {
  test.setTimeout(1_500_000);
  const db = new Database(path.join(process.env.VIGIL_E2E_DIR!, "sweep.sqlite"));
  db.pragma("busy_timeout = 5000");
  const run = Date.now().toString(36);
  const member = (role: "campaigner" | "viewer") =>
    insertUser(db, { email: `team-${role}-${run}@example.org`, name: `Team ${role} ${run}`, role, password: TEAM_PASSWORD });
  const team = { campaignerId: await member("campaigner"), viewerId: await member("viewer") };
  const teamCampaigner = await signedInRequestAt(browser, SWEEP_URL, `team-campaigner-${run}@example.org`, TEAM_PASSWORD);
  const teamViewer = await signedInRequestAt(browser, SWEEP_URL, `team-viewer-${run}@example.org`, TEAM_PASSWORD);
  // The demo accounts are on no team.
  const outsiders = await Promise.all(
    (["campaigner", "viewer", "admin"] as const).map(async (role) => ({
      who: `${role} not on the team`,
      request: await signedInRequestAt(browser, SWEEP_URL, `${role}@example.org`, DEMO_PASSWORD),
    })),
  );
  const openCaseId = (db.prepare("SELECT id FROM cases WHERE restricted = 0 ORDER BY id LIMIT 1").get() as { id: number }).id;
  const restricted = await createRestrictedMarkers(teamCampaigner, db, team, openCaseId);
  const workspace = readWorkspace(db);
  const markerList = Object.values(restricted.markers);
  const pages = pagesToSweep(workspace, restricted.caseId, markerList);
  const exports = exportsToSweep(workspace, markerList);
  expect([...pages.unknown, ...exports.unknown], "routes the sweep does not know how to fill").toEqual([]);
  const everyBrief = briefsToSweep(workspace, { withConfidential: true });

  // The team's view: the restricted case's pages, the directory, sources and search, and its briefs.
  const ofCase = new RegExp(`^/(api/)?cases/${restricted.caseId}(?=[/?]|$)`);
  const teamPages = pages.pages.filter((u) => ofCase.test(u) || /^\/(people|sources|search)/.test(u));
  const briefsOfCase = (confidential: "0" | "1") =>
    everyBrief.filter((u) => ofCase.test(u) && u.includes(`confidential=${confidential}`) && u.includes("format=pdf"));
  const byCampaigner = await markersFound(teamCampaigner, [...teamPages, ...briefsOfCase("1")], restricted.markers, restricted.absent);
  expect(
    Object.keys(restricted.markers).filter((what) => !byCampaigner.has(what)),
    "markers the team's campaigner could not find anywhere",
  ).toEqual([]);
  const openMarkers = Object.fromEntries(Object.entries(restricted.markers).filter(([, m]) => !restricted.confidential.includes(m)));
  const byViewer = await markersFound(teamViewer, [...teamPages, ...briefsOfCase("0")], openMarkers, restricted.absent);
  expect(
    Object.keys(openMarkers).filter((what) => !byViewer.has(what)),
    "markers of open records the team's viewer could not find anywhere",
  ).toEqual([]);
  const confidentialMarkers = Object.fromEntries(Object.entries(restricted.markers).filter(([, m]) => restricted.confidential.includes(m)));
  const viewerOnTeam = await sweep(
    teamViewer,
    "viewer on the team",
    [...teamPages, ...everyBrief.filter((u) => ofCase.test(u))],
    { markers: confidentialMarkers, absent: restricted.absent },
    { rsc: true },
  );

  let responses = viewerOnTeam.responses;
  const hits = [...viewerOnTeam.hits];
  const notFound: string[] = [];
  for (const { who, request } of outsiders) {
    const asPages = await sweep(request, who, pages.pages, restricted, { rsc: true });
    const asExports = await sweep(request, who, [...exports.pages, ...everyBrief], restricted, { rsc: false });
    responses += asPages.responses + asExports.responses;
    hits.push(...asPages.hits, ...asExports.hits);
    for (const url of [...pages.pages.filter((u) => ofCase.test(u)), ...everyBrief.filter((u) => ofCase.test(u))]) {
      const status = (await request.get(url, { maxRedirects: 0, failOnStatusCode: false })).status();
      if (status !== 404) notFound.push(`${who} ${url}: ${status}`);
    }
  }
  console.log(
    `need-to-know sweep: ${markerList.length} markers in a restricted case's records of every kind ` +
      `(${restricted.confidential.length} confidential); ${responses} responses checked as 3 readers outside its team and its viewer; ` +
      `${hits.length} hits; ${notFound.length} of its own addresses not answering 404`,
  );
  for (const hit of hits) console.log(`  hit: ${hit}`);
  for (const line of notFound) console.log(`  not 404: ${line}`);
  db.close();
  expect(hits).toEqual([]);
  expect(notFound).toEqual([]);
  expect(responses).toBeGreaterThan(900);
});
