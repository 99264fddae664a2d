import { describe, expect, it } from "vitest";
import { allowedNextAskStatuses, ASK_STATUSES, checkAskStatusMove, isAskStatus, isClosedAskStatus } from "./ask-status";

describe("ask status pipeline", () => {
  it("allows the ordinary pipeline planned → made → acknowledged → committed → fulfilled", () => {
    expect(checkAskStatusMove("planned", "made")).toEqual({ ok: true });
    expect(checkAskStatusMove("made", "acknowledged")).toEqual({ ok: true });
    expect(checkAskStatusMove("acknowledged", "committed")).toEqual({ ok: true });
    expect(checkAskStatusMove("committed", "fulfilled")).toEqual({ ok: true });
  });

  it("allows a late answer after no response, and reconsidering a refusal", () => {
    expect(checkAskStatusMove("no_response", "acknowledged")).toEqual({ ok: true });
    expect(checkAskStatusMove("made", "no_response")).toEqual({ ok: true });
    expect(checkAskStatusMove("declined", "committed")).toEqual({ ok: true });
  });

  it("refuses skipping the making of a planned ask, with the moves that are possible", () => {
    const check = checkAskStatusMove("planned", "acknowledged");
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason).toContain("cannot move from planned to acknowledged");
      expect(check.reason).toContain("it can move to: made");
    }
  });

  it("treats fulfilled as final", () => {
    expect(allowedNextAskStatuses("fulfilled")).toEqual([]);
    for (const to of ASK_STATUSES) {
      const check = checkAskStatusMove("fulfilled", to);
      expect(check.ok).toBe(false);
    }
    const check = checkAskStatusMove("fulfilled", "made");
    if (!check.ok) expect(check.reason).toContain("final");
  });

  it("refuses a move to the same status and moves back to planned", () => {
    expect(checkAskStatusMove("made", "made")).toEqual({ ok: false, reason: "The ask is already made." });
    for (const from of ASK_STATUSES) {
      expect(allowedNextAskStatuses(from)).not.toContain("planned");
    }
  });

  it("never lists a status as its own next status, and only known statuses", () => {
    const moves = ASK_STATUSES.flatMap((from) => allowedNextAskStatuses(from).map((to) => ({ from, to })));
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.filter(({ from, to }) => to === from)).toEqual([]);
    expect(moves.filter(({ to }) => !isAskStatus(to))).toEqual([]);
  });

  it("knows which statuses need no more follow-up", () => {
    expect(isClosedAskStatus("fulfilled")).toBe(true);
    expect(isClosedAskStatus("declined")).toBe(true);
    expect(isClosedAskStatus("no_response")).toBe(false);
    expect(isClosedAskStatus("committed")).toBe(false);
    expect(isAskStatus("lost")).toBe(false);
  });
});
