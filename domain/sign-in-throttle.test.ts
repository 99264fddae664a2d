import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_THROTTLE, EMAIL_THROTTLE, lockStateAt, LOCKED_MESSAGES } from "./sign-in-throttle";

const t0 = Date.parse("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(t0 + ms);
const MIN = 60_000;

describe("lockStateAt, per email address", () => {
  it("is not locked after 9 failures", () => {
    const failures = Array.from({ length: 9 }, (_, i) => at(i * 1000));
    expect(lockStateAt(failures, at(10_000), EMAIL_THROTTLE).locked).toBe(false);
  });

  it("locks for 15 minutes from the 10th failure within 15 minutes", () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i * MIN));
    const state = lockStateAt(failures, at(10 * MIN), EMAIL_THROTTLE);
    expect(state).toEqual({ locked: true, until: at(9 * MIN + 15 * MIN) });
    expect(lockStateAt(failures, at(24 * MIN - 1), EMAIL_THROTTLE).locked).toBe(true);
    expect(lockStateAt(failures, at(24 * MIN), EMAIL_THROTTLE).locked).toBe(false);
  });

  it("does not lock when the 10 failures are spread over more than 15 minutes", () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i * 2 * MIN));
    expect(lockStateAt(failures, at(20 * MIN), EMAIL_THROTTLE).locked).toBe(false);
  });

  it("starts counting afresh when a lock ends", () => {
    const first = Array.from({ length: 10 }, (_, i) => at(i * 1000));
    const after = at(16 * MIN);
    expect(lockStateAt([...first, after], at(16 * MIN + 1000), EMAIL_THROTTLE).locked).toBe(false);
  });
});

describe("lockStateAt, per client address", () => {
  it("lets 29 failures within 15 minutes through and locks at the 30th, for 15 minutes", () => {
    const failures = Array.from({ length: 30 }, (_, i) => at(i * 20_000)); // one every 20 s
    expect(lockStateAt(failures.slice(0, 29), at(10 * MIN), CLIENT_ADDRESS_THROTTLE).locked).toBe(false);
    const thirtieth = at(29 * 20_000);
    expect(lockStateAt(failures, at(10 * MIN), CLIENT_ADDRESS_THROTTLE)).toEqual({
      locked: true,
      until: new Date(thirtieth.getTime() + 15 * MIN),
    });
    expect(lockStateAt(failures, new Date(thirtieth.getTime() + 15 * MIN), CLIENT_ADDRESS_THROTTLE).locked).toBe(false);
  });

  it("does not lock 30 failures spread over more than 15 minutes (one a minute)", () => {
    const failures = Array.from({ length: 30 }, (_, i) => at(i * MIN));
    expect(lockStateAt(failures, at(30 * MIN), CLIENT_ADDRESS_THROTTLE).locked).toBe(false);
  });

  it("is a looser rule than the email's: 10 failures do not lock an address", () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i * 1000));
    expect(lockStateAt(failures, at(10_000), CLIENT_ADDRESS_THROTTLE).locked).toBe(false);
    expect(lockStateAt(failures, at(10_000), EMAIL_THROTTLE).locked).toBe(true);
  });

  it("names no account in the address lock's message", () => {
    expect(LOCKED_MESSAGES["client-address"]).not.toMatch(/account/i);
  });
});
