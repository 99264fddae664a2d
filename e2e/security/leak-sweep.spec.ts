import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, signedInRequestAt } from "./identities";
import { createLeakMarkers, type LeakMarkers } from "./leak-markers";
import { briefsToSweep, exportsToSweep, pagesToSweep, readWorkspace } from "./sweep-surface";
import { docxText, pdfText } from "./document-text";

// The leak sweep: confidential records of every kind, each field a distinct marker, then
// everything a reader who must not see them can fetch (every page as HTML and as its React
// Server Component payload, every export, every brief, a search for each marker), looked
// through for any marker. A page may echo what the reader typed into it (a search for a
// marker shows the marker in the search box); that is told apart by fetching the same
// address with a string that was never written anywhere and counting its echoes.

const SWEEP_URL = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 4}`;

test.describe.configure({ mode: "serial" });

/** What a response says, as text a marker can be looked for in: whitespace removed, so no line break hides one. */
async function readable(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  const body = await response.body();
  const text = type.includes("pdf") ? await pdfText(body) : type.includes("wordprocessingml") ? docxText(body) : body.toString("utf8");
  return text.replace(/\s+/g, "").toUpperCase();
}

function count(text: string, marker: string): number {
  return text.split(marker.toUpperCase()).length - 1;
}

interface Sweep {
  responses: number;
  hits: string[];
}

/** Fetches each address as `reader` (HTML, and the RSC payload for pages) and records every marker found beyond the address's own echo. */
async function sweep(
  reader: APIRequestContext,
  who: string,
  urls: string[],
  { markers: byWhat, absent }: LeakMarkers,
  { rsc }: { rsc: boolean },
): Promise<Sweep> {
  const result: Sweep = { responses: 0, hits: [] };
  const markers = Object.entries(byWhat);
  const variants: Record<string, string>[] = rsc ? [{}, { RSC: "1" }] : [{}];
  const queue = urls.flatMap((url) => variants.map((headers) => ({ url, headers })));
  const fetchOne = async ({ url, headers }: (typeof queue)[number]) => {
    const text = await readable(await reader.get(url, { headers, failOnStatusCode: false }));
    result.responses++;
    for (const [what, marker] of markers) {
      const found = count(text, marker);
      if (found === 0) continue;
      let echoed = 0;
      if (url.includes(marker)) {
        const echo = await readable(await reader.get(url.split(marker).join(absent), { headers, failOnStatusCode: false }));
        echoed = count(echo, absent);
      }
      if (found > echoed) result.hits.push(`${who} ${headers.RSC ? "RSC " : ""}${url}: ${what} (${found - echoed}×)`);
    }
  };
  // A few at a time: the server is shared with nothing else, and the sweep is long.
  for (let i = 0; i < queue.length; i += 4) await Promise.all(queue.slice(i, i + 4).map(fetchOne));
  return result;
}

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
