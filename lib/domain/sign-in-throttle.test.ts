import { describe, expect, it } from "vitest";
import { lockStateAt } from "./sign-in-throttle";

const t0 = Date.parse("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(t0 + ms);
const MIN = 60_000;

describe("lockStateAt", () => {
  it("is not locked after 9 failures", () => {
    const failures = Array.from({ length: 9 }, (_, i) => at(i * 1000));
    expect(lockStateAt(failures, at(10_000)).locked).toBe(false);
  });

  it("locks for 15 minutes from the 10th failure within 15 minutes", () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i * MIN));
    const state = lockStateAt(failures, at(10 * MIN));
    expect(state).toEqual({ locked: true, until: at(9 * MIN + 15 * MIN) });
    expect(lockStateAt(failures, at(24 * MIN - 1)).locked).toBe(true);
    expect(lockStateAt(failures, at(24 * MIN)).locked).toBe(false);
  });

  it("does not lock when the 10 failures are spread over more than 15 minutes", () => {
    const failures = Array.from({ length: 10 }, (_, i) => at(i * 2 * MIN));
    expect(lockStateAt(failures, at(20 * MIN)).locked).toBe(false);
  });

  it("starts counting afresh when a lock ends", () => {
    const first = Array.from({ length: 10 }, (_, i) => at(i * 1000));
    const after = at(16 * MIN);
    expect(lockStateAt([...first, after], at(16 * MIN + 1000)).locked).toBe(false);
  });
});
