import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, clientAddressFrom, throttleKey } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);
const PEER = "x-vigil-peer-address";

describe("throttleKey", () => {
  it("keeps an IPv4 address, also one that arrives IPv4-mapped", () => {
    expect(throttleKey("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keys an IPv6 address by its /64, so one network cannot take a new address per attempt", () => {
    expect(throttleKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
  });

  it("gives no key for what is not a plain address", () => {
    for (const raw of ["", "unknown", "203.0.113.7:4444", "0x7f.1", "1", "example.org", undefined, null]) {
      expect(throttleKey(raw), String(raw)).toBeNull();
    }
  });
});

describe("clientAddressFrom", () => {
  it("without a trusted proxy, ignores X-Forwarded-For and takes the socket's address", () => {
    const sources = { trustProxy: false, peerAddressHeader: PEER };
    expect(clientAddressFrom(headers({ "x-forwarded-for": "198.51.100.1", [PEER]: "127.0.0.1" }), sources)).toBe("127.0.0.1");
  });

  it("without a trusted proxy or the socket's address, knows no address", () => {
    const sources = { trustProxy: false, peerAddressHeader: null };
    expect(clientAddressFrom(headers({ "x-forwarded-for": "198.51.100.1", [PEER]: "198.51.100.2" }), sources)).toBeNull();
  });

  it("behind a trusted proxy, takes the last X-Forwarded-For entry: the one the proxy added", () => {
    const sources = { trustProxy: true, peerAddressHeader: PEER };
    const forwarded = headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.9", [PEER]: "10.0.0.2" });
    expect(clientAddressFrom(forwarded, sources)).toBe("203.0.113.9");
    expect(clientAddressFrom(headers({ "x-forwarded-for": "203.0.113.9" }), sources)).toBe("203.0.113.9");
    expect(clientAddressFrom(headers({}), sources)).toBeNull();
  });
});

describe("the socket's address, from scripts/peer-address-header.cjs in a real server", () => {
  let server: http.Server;
  let port: number;
  const seen: string[] = [];

  beforeAll(async () => {
    createRequire(import.meta.url)(path.resolve("scripts/peer-address-header.cjs"));
    server = http.createServer((request, response) => {
      seen.push(String(clientAddress({ get: (name) => (request.headers[name] as string | undefined) ?? null })));
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(localAddress: string, sent: Record<string, string>) {
    return new Promise<void>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, localAddress, headers: sent }, (response) => response.resume().on("end", resolve))
        .on("error", reject);
    });
  }

  it("replaces whatever address a client claims, in either header, with the one it connects from", async () => {
    await get("127.0.0.1", {});
    await get("127.0.0.2", { "x-forwarded-for": "198.51.100.1", [PEER]: "198.51.100.2" });
    await get("127.0.0.3", { [PEER]: "127.0.0.1" });
    expect(seen).toEqual(["127.0.0.1", "127.0.0.2", "127.0.0.3"]);
  });
});
