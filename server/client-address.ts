import { readEnv } from "@/env";
import ipaddr from "ipaddr.js";

/**
 * The address a sign-in attempt comes from, as a throttling key, or null when it cannot
 * be known without trusting what the client says.
 *
 * - With VIGIL_TRUST_PROXY=1 the operator declares one reverse proxy in front of Vigil
 *   that sets X-Forwarded-For. A proxy appends the address it saw to whatever the client
 *   sent, so only the last entry is the proxy's word; the ones before it are the client's.
 * - Otherwise every X-Forwarded-For is the client's own say-so: `next start` keeps one
 *   the client sent and fills it from the socket only when it is missing, so it cannot
 *   tell who is connected. The socket's address comes from the header that
 *   scripts/peer-address-header.cjs writes before Next.js sees the request, replacing any
 *   client's value. Without that file (`next dev`, or `next start` run by hand) there is
 *   no trustworthy address, and attempts are throttled per email only.
 */
export function clientAddress(headers: HeaderSource): string | null {
  return clientAddressFrom(headers, {
    trustProxy: readEnv().VIGIL_TRUST_PROXY === "1",
    peerAddressHeader: installedPeerAddressHeader(),
  });
}

export interface HeaderSource {
  get(name: string): string | null;
}

export interface AddressSources {
  trustProxy: boolean;
  /** The header the peer-address preload writes; null when it is not running. */
  peerAddressHeader: string | null;
}

export function clientAddressFrom(headers: HeaderSource, sources: AddressSources): string | null {
  if (sources.trustProxy) return throttleKey(headers.get("x-forwarded-for")?.split(",").at(-1)?.trim());
  if (!sources.peerAddressHeader) return null;
  return throttleKey(headers.get(sources.peerAddressHeader));
}

function installedPeerAddressHeader(): string | null {
  const name = (globalThis as Record<symbol, unknown>)[Symbol.for("vigil.peer-address-header")];
  return typeof name === "string" ? name : null;
}

/**
 * One key per client: an IPv4 address as is (also when it arrives IPv4-mapped, as
 * `::ffff:203.0.113.7`), an IPv6 address by its /64 network, because one household or
 * server is normally given a whole /64 and could otherwise take a new address per attempt.
 * Anything that is not a plain address (a port, a host name, garbage) gives no key.
 */
export function throttleKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  if (!ipaddr.IPv4.isValidFourPartDecimal(raw) && !ipaddr.IPv6.isValid(raw)) return null;
  const address = ipaddr.process(raw);
  if (address.kind() === "ipv4") return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toNormalizedString()}/64`).toString()}/64`;
}
