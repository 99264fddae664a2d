/**
 * Web addresses of news sources. Only http: and https: addresses are accepted: anything
 * else (javascript:, data:, file:, ftp:, …) could run code or leak data when a colleague
 * clicks it, so it is refused rather than stored.
 *
 * `normalizeUrl` gives the canonical form used to notice the same report added twice:
 * the same page reached through a share link with tracking parameters, a fragment, an
 * upper-case host or an explicit default port is one source, not several.
 */

const MAX_URL_LENGTH = 2_000;

export type UrlCheck = { ok: true; url: string; normalized: string } | { ok: false; reason: string };

/** Query parameters that only say where a click came from, never which page it is. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "igsh",
  "mc_cid",
  "mc_eid",
  "mkt_tok",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wt_mc",
  "cmpid",
  "ocid",
  "ref_src",
  "ref_url",
  "smid",
  "s_cid",
]);

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith("utm_") || key.startsWith("pk_") || TRACKING_PARAMS.has(key);
}

const WEB_PROTOCOLS = new Set(["http:", "https:"]);

/** True only for an absolute http: or https: address: the only kind ever rendered as a link. */
export function isWebUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Checks what a user typed in a URL field. Returns the address to store (as the browser
 * would write it) and its canonical form, or a reason fit to show beside the field.
 */
export function checkWebUrl(raw: string): UrlCheck {
  const value = raw.trim();
  if (value === "") return { ok: false, reason: "Enter a web address." };
  if (value.length > MAX_URL_LENGTH) {
    return { ok: false, reason: `The web address must be ${MAX_URL_LENGTH.toLocaleString("en")} characters or fewer.` };
  }
  if (/\s/.test(value)) return { ok: false, reason: "A web address cannot contain spaces." };
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, reason: "Enter the full web address, starting with https:// or http://." };
  }
  if (!WEB_PROTOCOLS.has(parsed.protocol)) {
    return { ok: false, reason: "Only web addresses starting with https:// or http:// can be saved." };
  }
  // The URL parser accepts "http:example.com"; insist on the usual form so a typo is caught.
  if (!/^https?:\/\//i.test(value)) {
    return { ok: false, reason: "Enter the full web address, starting with https:// or http://." };
  }
  if (!parsed.hostname || !/[a-z0-9]/i.test(parsed.hostname)) {
    return { ok: false, reason: "The web address has no site name." };
  }
  if (parsed.username || parsed.password) {
    return { ok: false, reason: "Remove the user name or password from the web address." };
  }
  return { ok: true, url: withoutTracking(parsed), normalized: canonicalForm(parsed) };
}

/**
 * The address as typed, minus tracking parameters: they identify who shared or clicked
 * the link, which a colleague opening the source should not pass on to the outlet.
 */
function withoutTracking(input: URL): string {
  const url = new URL(input.href);
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  return url.href;
}

/** The canonical form of an http(s) address, or null for anything else. */
export function normalizeUrl(raw: string): string | null {
  const check = checkWebUrl(raw);
  return check.ok ? check.normalized : null;
}

function canonicalForm(input: URL): string {
  const url = new URL(input.href);
  // The parser already lower-cases the scheme and host and drops a default port.
  url.hostname = url.hostname.replace(/\.+$/, "");
  url.hash = "";
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  // Parameter order never changes the page, so sort for a stable key (stable sort keeps
  // repeated parameters in their original relative order).
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  const path = url.pathname.replace(/\/+$/, "");
  const port = url.port ? `:${url.port}` : "";
  return `${url.protocol}//${url.hostname}${port}${path}${query ? `?${query}` : ""}`;
}
