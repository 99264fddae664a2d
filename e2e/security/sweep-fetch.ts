import type { APIRequestContext } from "@playwright/test";
import { docxText, pdfText } from "./document-text";

/** The server whose workspace the leak sweeps fill (SWEEP_PORT in playwright.config.ts). */
export const SWEEP_URL = `http://127.0.0.1:${(Number(process.env.VIGIL_E2E_PORT) || 3100) + 4}`;

// Fetching what a reader can fetch and looking through it for markers (see leak-sweep.spec.ts).

/** What a response says, as text a marker can be looked for in: whitespace removed, so no line break hides one. */
export async function readable(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  const body = await response.body();
  const text = type.includes("pdf") ? await pdfText(body) : type.includes("wordprocessingml") ? docxText(body) : body.toString("utf8");
  return text.replace(/\s+/g, "").toUpperCase();
}

export function count(text: string, marker: string): number {
  return text.split(marker.toUpperCase()).length - 1;
}

export interface Sweep {
  responses: number;
  hits: string[];
}

/** Fetches each address as `reader` (HTML, and the RSC payload for pages) and records every marker found beyond the address's own echo. */
export async function sweep(
  reader: APIRequestContext,
  who: string,
  urls: string[],
  { markers: byWhat, absent }: { markers: Record<string, string>; absent: string },
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
