/**
 * Strict-Transport-Security tells a browser to use https only for the next year; sent over
 * plain http it would be meaningless, and believed from a forged header it would lock out
 * the users of a server that has no https at all. So it goes only on responses to
 * requests that really arrived over https.
 */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export interface RequestTransport {
  /** The protocol of the request's URL as Next.js built it, e.g. "https:". */
  urlProtocol: string;
  /** The X-Forwarded-Proto header as received, or null if there was none. */
  forwardedProto: string | null;
  /** The operator declared a reverse proxy in front of the server (VIGIL_TRUST_PROXY=1). */
  trustProxy: boolean;
}

/** Whether the request came over https, and so whether the response may carry HSTS. */
export function arrivedOverHttps({ urlProtocol, forwardedProto, trustProxy }: RequestTransport): boolean {
  if (forwardedProto === null) return urlProtocol === "https:";
  // Next.js builds the URL's protocol from X-Forwarded-Proto when the header is there, so
  // then only a trusted proxy's word counts. A proxy adds its own value last.
  if (!trustProxy) return false;
  const last = forwardedProto.split(",").at(-1) ?? "";
  return last.trim().toLowerCase() === "https";
}
