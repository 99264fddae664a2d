import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signedInRequestAt } from "./identities";
import { createLeakMarkers } from "./leak-markers";
import { briefsToSweep, exportsToSweep, pagesToSweep, readWorkspace } from "./sweep-surface";
import { count, readable, SWEEP_URL, sweep } from "./sweep-fetch";

// The leak sweep: confidential records of every kind, each field a distinct marker, then
// everything a reader who must not see them can fetch (every page as HTML and as its React
// Server Component payload, every export, every brief, a search for each marker), looked
// through for any marker. A page may echo what the reader typed into it (a search for a
// marker shows the marker in the search box); that is told apart by fetching the same
// address with a string that was never written anywhere and counting its echoes.

test.describe.configure({ mode: "serial" });

test("leak sweep: no confidential marker reaches a viewer, nor a campaigner's brief without confidential items", async ({ browser }) => {
  test.setTimeout(900_000);
  const db = new Database(path.join(process.env.VIGIL_E2E_DIR!, "sweep.sqlite"));
  db.pragma("busy_timeout = 5000");
  const campaigner = await signedInRequestAt(browser, SWEEP_URL, "campaigner@example.org", DEMO_PASSWORD);
  const viewer = await signedInRequestAt(browser, SWEEP_URL, "viewer@example.org", DEMO_PASSWORD);
  const markers = await createLeakMarkers(campaigner, db);
  const workspace = readWorkspace(db);
  const markerList = Object.values(markers.markers);

  const pages = pagesToSweep(workspace, markers.caseId, markerList);
  const exports = exportsToSweep(workspace, markerList);
  expect([...pages.unknown, ...exports.unknown], "routes the sweep does not know how to fill").toEqual([]);

  // The markers are there to be found: a campaigner sees every one of them somewhere.
  const seenByCampaigner = new Set<string>();
  for (const url of [
    ...pages.pages,
    ...briefsToSweep(workspace, { withConfidential: true }).filter((u) => u.includes("confidential=1") && u.includes("format=pdf")),
  ]) {
    if (!url.includes(`/${markers.caseId}`) && !url.startsWith("/people") && !url.startsWith("/sources") && !url.startsWith("/search"))
      continue;
    const text = await readable(await campaigner.get(url, { failOnStatusCode: false }));
    for (const [what, marker] of Object.entries(markers.markers))
      if (count(text, marker) > 0 && !url.includes(marker)) seenByCampaigner.add(what);
  }
  expect(
    Object.keys(markers.markers).filter((what) => !seenByCampaigner.has(what)),
    "markers a campaigner could not find anywhere",
  ).toEqual([]);

  const asViewer = await sweep(viewer, "viewer", pages.pages, markers, { rsc: true });
  const viewerExports = await sweep(
    viewer,
    "viewer",
    [...exports.pages, ...briefsToSweep(workspace, { withConfidential: true })],
    markers,
    { rsc: false },
  );
  const campaignerBriefs = await sweep(
    campaigner,
    "campaigner (without confidential items)",
    briefsToSweep(workspace, { withConfidential: false }),
    markers,
    { rsc: false },
  );

  // The viewer watched the case throughout: each ask, outcome and status move wrote it a
  // notice, and its inbox lists only those of records it may see: the open ask, the public
  // outcome and the two status moves. The rest are about confidential asks and outcomes.
  const written = db
    .prepare(
      "SELECT count(*) AS n FROM notifications WHERE case_id = ? AND user_id = (SELECT id FROM users WHERE email = 'viewer@example.org')",
    )
    .get(markers.caseId) as { n: number };
  expect(written.n, "notices written to the watching viewer").toBe(10);
  const inbox = await (await viewer.get("/inbox")).text();
  const listed = [...inbox.matchAll(/<bdi>Carlos Campaigner ([^<]*)<\/bdi>/g)]
    .map((match) => match[1]!)
    .filter((line) => line.includes(`the case of ${markers.personName}`));
  expect(listed.sort(), "notices the viewer's inbox lists").toEqual(
    [
      `logged an ask on the case of ${markers.personName}.`,
      `moved the case of ${markers.personName} to charged.`,
      `moved the case of ${markers.personName} to released.`,
      `recorded an outcome on the case of ${markers.personName}.`,
    ].sort(),
  );

  const responses = asViewer.responses + viewerExports.responses + campaignerBriefs.responses;
  const hits = [...asViewer.hits, ...viewerExports.hits, ...campaignerBriefs.hits];
  console.log(
    `leak sweep: ${markerList.length} markers in confidential records of every kind; ${responses} responses checked ` +
      `(${asViewer.responses} page HTML and RSC payloads as a viewer, ${viewerExports.responses} exports and briefs as a viewer, ` +
      `${campaignerBriefs.responses} briefs without confidential items as a campaigner); ${hits.length} hits`,
  );
  for (const hit of hits) console.log(`  hit: ${hit}`);
  db.close();
  expect(hits).toEqual([]);
  expect(responses).toBeGreaterThan(300);
});
