import { describe, expect, it } from "vitest";
import { checkWebUrl, isWebUrl, normalizeUrl } from "./url";

describe("checkWebUrl", () => {
  it.each([
    ["javascript:alert(document.cookie)"],
    ["JavaScript:alert(1)"],
    [" javascript:alert(1)"],
    ["data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["ftp://files.example.org/report.pdf"],
    ["file:///etc/passwd"],
    ["mailto:press@example.org"],
    ["vbscript:msgbox(1)"],
  ])("refuses %s", (raw) => {
    const check = checkWebUrl(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/https:\/\/ or http:\/\//);
  });

  it("refuses an address without a scheme, with spaces, or with credentials", () => {
    expect(checkWebUrl("www.example.org/story").ok).toBe(false);
    expect(checkWebUrl("https://example.org/a story").ok).toBe(false);
    expect(checkWebUrl("https://user:secret@example.org/").ok).toBe(false);
    expect(checkWebUrl("http:example.org").ok).toBe(false);
    expect(checkWebUrl("").ok).toBe(false);
  });

  it("refuses an overlong address", () => {
    expect(checkWebUrl(`https://example.org/${"a".repeat(2_000)}`).ok).toBe(false);
  });

  it("accepts http and https addresses and keeps what the user typed, trimmed, without tracking parameters", () => {
    const check = checkWebUrl("  https://www.example.org/news/2022/08/11/blinken-kigali?utm_source=twitter#top ");
    expect(check).toEqual({
      ok: true,
      url: "https://www.example.org/news/2022/08/11/blinken-kigali#top",
      normalized: "https://www.example.org/news/2022/08/11/blinken-kigali",
    });
    expect(checkWebUrl("http://example.org").ok).toBe(true);
    expect(checkWebUrl("https://example.org/a?id=7&fbclid=x").ok && checkWebUrl("https://example.org/a?id=7&fbclid=x")).toMatchObject({
      url: "https://example.org/a?id=7",
    });
  });
});

describe("normalizeUrl", () => {
  it("lower-cases the scheme and host but not the path", () => {
    expect(normalizeUrl("HTTPS://News.Example.ORG/Africa/Story-123")).toBe("https://news.example.org/Africa/Story-123");
  });

  it("drops default ports and keeps others", () => {
    expect(normalizeUrl("https://example.org:443/a")).toBe("https://example.org/a");
    expect(normalizeUrl("http://example.org:80/a")).toBe("http://example.org/a");
    expect(normalizeUrl("https://example.org:8443/a")).toBe("https://example.org:8443/a");
  });

  it("drops the fragment and trailing slashes", () => {
    expect(normalizeUrl("https://example.org/story/#comments")).toBe("https://example.org/story");
    expect(normalizeUrl("https://example.org/")).toBe("https://example.org");
    expect(normalizeUrl("https://example.org")).toBe("https://example.org");
  });

  it("drops tracking parameters and keeps the ones that pick the page", () => {
    expect(
      normalizeUrl("https://example.org/article?id=42&utm_source=fb&utm_medium=social&UTM_Campaign=x&fbclid=abc&gclid=def&mc_eid=1"),
    ).toBe("https://example.org/article?id=42");
    expect(normalizeUrl("https://example.org/article?fbclid=abc")).toBe("https://example.org/article");
  });

  it("ignores the order of parameters", () => {
    expect(normalizeUrl("https://example.org/search?q=rwanda&page=2")).toBe(normalizeUrl("https://example.org/search?page=2&q=rwanda"));
  });

  it("treats a share link and the clean link as the same report", () => {
    expect(normalizeUrl("https://WWW.Example.org:443/world/africa/blinken-rwanda/?utm_source=twitter&fbclid=IwAR0#main")).toBe(
      normalizeUrl("https://www.example.org/world/africa/blinken-rwanda"),
    );
  });

  it("keeps different pages different", () => {
    expect(normalizeUrl("https://example.org/a")).not.toBe(normalizeUrl("https://example.org/b"));
    expect(normalizeUrl("https://example.org/a?id=1")).not.toBe(normalizeUrl("https://example.org/a?id=2"));
    expect(normalizeUrl("https://example.org/a")).not.toBe(normalizeUrl("https://example.com/a"));
  });

  it("returns null for anything that is not a web address", () => {
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
  });
});

describe("isWebUrl", () => {
  it("is true only for http(s) addresses", () => {
    expect(isWebUrl("https://example.org/")).toBe(true);
    expect(isWebUrl("http://example.org/")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
    expect(isWebUrl("data:text/html,hi")).toBe(false);
    expect(isWebUrl("/relative/path")).toBe(false);
    expect(isWebUrl(null)).toBe(false);
    expect(isWebUrl("")).toBe(false);
  });
});
