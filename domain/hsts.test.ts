import { describe, expect, it } from "vitest";
import { arrivedOverHttps, HSTS_VALUE } from "./hsts";

describe("arrivedOverHttps", () => {
  it("asks browsers to keep to https for a year, subdomains included", () => {
    expect(HSTS_VALUE).toBe("max-age=31536000; includeSubDomains");
  });

  it("is true for a request made over https straight to the server", () => {
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: null, trustProxy: false })).toBe(true);
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: null, trustProxy: true })).toBe(true);
  });

  it("is false over plain http", () => {
    expect(arrivedOverHttps({ urlProtocol: "http:", forwardedProto: null, trustProxy: false })).toBe(false);
    expect(arrivedOverHttps({ urlProtocol: "http:", forwardedProto: null, trustProxy: true })).toBe(false);
  });

  it("ignores X-Forwarded-Proto unless the operator trusts a proxy, even when Next.js took the URL's protocol from it", () => {
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: "https", trustProxy: false })).toBe(false);
    expect(arrivedOverHttps({ urlProtocol: "http:", forwardedProto: "https", trustProxy: false })).toBe(false);
  });

  it("believes a trusted proxy that says https", () => {
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: "https", trustProxy: true })).toBe(true);
    expect(arrivedOverHttps({ urlProtocol: "http:", forwardedProto: "HTTPS", trustProxy: true })).toBe(true);
  });

  it("takes a trusted proxy's own value, the last, over one the client sent before it", () => {
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: "https, http", trustProxy: true })).toBe(false);
    expect(arrivedOverHttps({ urlProtocol: "https:", forwardedProto: "http,https", trustProxy: true })).toBe(true);
    expect(arrivedOverHttps({ urlProtocol: "http:", forwardedProto: "http", trustProxy: true })).toBe(false);
  });
});
