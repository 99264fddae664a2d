import { describe, expect, it } from "vitest";
import { allowedNextStatuses, CASE_STATUSES, checkCaseStatusMove } from "./case-status";

describe("case status moves", () => {
  it("allows the moves a detention usually takes", () => {
    expect(checkCaseStatusMove("at_risk", "detained").ok).toBe(true);
    expect(checkCaseStatusMove("detained", "charged").ok).toBe(true);
    expect(checkCaseStatusMove("detained", "sentenced").ok).toBe(true);
    expect(checkCaseStatusMove("charged", "on_trial").ok).toBe(true);
    expect(checkCaseStatusMove("on_trial", "sentenced").ok).toBe(true);
    expect(checkCaseStatusMove("sentenced", "released").ok).toBe(true);
  });

  it("allows re-arrest after release and reopening a closed case", () => {
    expect(checkCaseStatusMove("released", "detained").ok).toBe(true);
    expect(checkCaseStatusMove("closed", "at_risk").ok).toBe(true);
  });

  it("refuses skipping from at risk straight to a sentence, with a message naming the options", () => {
    const check = checkCaseStatusMove("at_risk", "sentenced");
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason).toContain("cannot move from at risk to sentenced");
      expect(check.reason).toContain("detained");
    }
  });

  it("refuses moving backwards from a sentence to charged", () => {
    expect(checkCaseStatusMove("sentenced", "charged").ok).toBe(false);
  });

  it("refuses a move to the status the case already has", () => {
    for (const status of CASE_STATUSES) {
      const check = checkCaseStatusMove(status, status);
      expect(check.ok).toBe(false);
    }
  });

  it("lets every open status be closed, and offers at least one move from every status", () => {
    for (const status of CASE_STATUSES) {
      expect(allowedNextStatuses(status).length).toBeGreaterThan(0);
      if (status !== "closed") expect(allowedNextStatuses(status)).toContain("closed");
    }
  });
});
