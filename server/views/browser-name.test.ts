import { describe, expect, it } from "vitest";
import { browserName } from "./browser-name";

describe("browserName", () => {
  it("names the browser and the system a person would recognise", () => {
    expect(browserName("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Windows");
    expect(
      browserName(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari on iOS");
    expect(
      browserName("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36"),
    ).toMatch(/Chrom.* on Linux/);
  });

  it("says so when there is nothing to go on", () => {
    expect(browserName(null)).toBe("Unknown browser");
    expect(browserName("curl/8.5.0")).toMatch(/curl|Unknown browser/i);
    expect(browserName("")).toBe("Unknown browser");
  });
});
