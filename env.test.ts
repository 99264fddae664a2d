import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("the configuration", () => {
  it("gives the defaults for what is unset or blank", () => {
    expect(readEnv({})).toMatchObject({
      PORT: 3000,
      VIGIL_DEMO: "1",
      VIGIL_SESSION_MAX_HOURS: 12,
      VIGIL_SESSION_IDLE_MINUTES: 30,
      VIGIL_TRUST_PROXY: "0",
    });
    expect(readEnv({ HOST: "  ", DATABASE_PATH: "" })).toMatchObject({ HOST: undefined, DATABASE_PATH: undefined });
  });

  it("reads what is set", () => {
    expect(readEnv({ PORT: "8080", VIGIL_SESSION_IDLE_MINUTES: "5", VIGIL_TRUST_PROXY: "1" })).toMatchObject({
      PORT: 8080,
      VIGIL_SESSION_IDLE_MINUTES: 5,
      VIGIL_TRUST_PROXY: "1",
    });
  });

  it("refuses a value it cannot use, naming the variable, instead of falling back", () => {
    expect(() => readEnv({ VIGIL_SESSION_IDLE_MINUTES: "nonsense" })).toThrow(/VIGIL_SESSION_IDLE_MINUTES must be a number/);
    expect(() => readEnv({ VIGIL_DEMO: "yes" })).toThrow(/VIGIL_DEMO must be 0 or 1/);
    expect(() => readEnv({ PORT: "99999" })).toThrow(/not usable/);
    expect(() => readEnv({ VIGIL_BACKUP_RECIPIENT: "AGE-SECRET-KEY-1ABC" })).toThrow(/VIGIL_BACKUP_RECIPIENT must be an age public key/);
  });
});
