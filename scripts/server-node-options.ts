import path from "node:path";

/**
 * Node options for the production server, measured on a 2-core machine:
 * - a 32 MB young generation (semi-space): rendering a page allocates many short-lived
 *   objects, and fewer collections for them gave about 13% more timeline pages a second;
 * - old space capped at 256 MB: otherwise V8 on a large machine lets garbage pile up to
 *   over 500 MB before collecting it; capped, the server stays near 300 MB under load.
 *   Nothing holds more than a few megabytes per request (CSV exports are streamed).
 * Options the person starting Vigil already set in NODE_OPTIONS win.
 */
export const SERVER_NODE_OPTIONS = ["--max-semi-space-size=32", "--max-old-space-size=256"];

/** Gives the app each connection's own address for sign-in throttling (see the file). */
export const PEER_ADDRESS_PRELOAD = path.resolve("scripts", "peer-address-header.cjs");

export function serverNodeOptions(existing: string = process.env.NODE_OPTIONS ?? ""): string {
  const added = SERVER_NODE_OPTIONS.filter((option) => !existing.includes(option.split("=")[0] ?? option));
  return [existing, ...added, `--require ${JSON.stringify(PEER_ADDRESS_PRELOAD)}`].join(" ").trim();
}
