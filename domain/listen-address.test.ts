import { describe, expect, it } from "vitest";
import { DEFAULT_HOST, exposureRefusal, isLoopbackHost, listenHost } from "./listen-address";

const DEMO = ["admin@example.org", "campaigner@example.org", "viewer@example.org"];
const check = (host: string, openDemoAccounts: string[], demoAboutToBeSeeded = false) =>
  exposureRefusal({ host, openDemoAccounts, demoAboutToBeSeeded, demoPassword: "vigil-demo-2022" });

describe("listenHost", () => {
  it("listens on loopback unless HOST says otherwise", () => {
    expect(DEFAULT_HOST).toBe("127.0.0.1");
    expect(listenHost(undefined)).toBe("127.0.0.1");
    expect(listenHost("  ")).toBe("127.0.0.1");
    expect(listenHost("0.0.0.0")).toBe("0.0.0.0");
  });
});

describe("isLoopbackHost", () => {
  it("knows the addresses only this machine can reach", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "localhost", "LOCALHOST"]) expect(isLoopbackHost(host)).toBe(true);
  });

  it("treats every other address as reachable from other machines", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "vigil.example.org", "localhost.example.org", "127.0.0.1.nip.io"]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});

describe("exposureRefusal", () => {
  it("lets the demo run on loopback", () => {
    expect(check("127.0.0.1", DEMO)).toBeNull();
    expect(check("::1", DEMO, true)).toBeNull();
    expect(check("localhost", DEMO)).toBeNull();
  });

  it("lets a workspace without open demo accounts serve beyond loopback", () => {
    expect(check("0.0.0.0", [])).toBeNull();
    expect(check("192.168.1.10", [])).toBeNull();
  });

  it("refuses beyond loopback while any demo account signs in with the published password, saying how to go on", () => {
    const message = check("0.0.0.0", ["viewer@example.org"]);
    expect(message).toContain("Refusing to start on 0.0.0.0");
    expect(message).toContain("viewer@example.org");
    expect(message).not.toContain("admin@example.org");
    expect(message).toContain('"vigil-demo-2022"');
    expect(message).toContain("deactivate the demo accounts or reset their passwords");
    expect(message).toContain("VIGIL_DEMO=0");
  });

  it("refuses to seed the demo into a new database beyond loopback, pointing at VIGIL_DEMO=0", () => {
    const message = check("::", DEMO, true);
    expect(message).toContain("Refusing to start on ::");
    expect(message).toContain("this new database would get the demo accounts");
    expect(message).toContain("VIGIL_DEMO=0 npm start");
  });
});
