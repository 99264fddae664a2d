import { describe, expect, it } from "vitest";
import { asksMadePerMonth, casesByStatus, lastMonths, monthLabel } from "./dashboard-charts";
import { at } from "./test-helpers";

describe("lastMonths", () => {
  it("lists 12 months oldest first, ending with the month of today", () => {
    const months = lastMonths("2026-11-27");
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-12");
    expect(months[11]).toBe("2026-11");
  });

  it("crosses a year boundary in January", () => {
    expect(lastMonths("2026-01-01", 3)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("refuses something that is not a date", () => {
    expect(() => lastMonths("yesterday")).toThrow();
  });
});

describe("monthLabel", () => {
  it("names the month and year", () => {
    expect(monthLabel("2026-03")).toBe("Mar 2026");
    expect(monthLabel("2025-12")).toBe("Dec 2025");
  });
});

describe("asksMadePerMonth", () => {
  const today = "2026-11-15";

  it("zero-fills months without asks", () => {
    const data = asksMadePerMonth([], today);
    expect(data).toHaveLength(12);
    for (const m of data) {
      expect(m.total).toBe(0);
      expect(m.made).toBe(0);
      expect(m.fulfilled).toBe(0);
    }
    expect(data.map((m) => m.month)).toEqual(lastMonths(today));
  });

  it("counts each ask in the month it was made, split by its status", () => {
    const data = asksMadePerMonth(
      [
        { madeOn: "2026-11-01", status: "made" },
        { madeOn: "2026-11-15", status: "declined" },
        { madeOn: "2026-03-10", status: "fulfilled" },
        { madeOn: "2026-03-31", status: "fulfilled" },
      ],
      today,
    );
    const nov = at(data, 11);
    expect(nov.month).toBe("2026-11");
    expect(nov.made).toBe(1);
    expect(nov.declined).toBe(1);
    expect(nov.total).toBe(2);
    const mar = data.find((m) => m.month === "2026-03")!;
    expect(mar.fulfilled).toBe(2);
    expect(mar.total).toBe(2);
    expect(data.find((m) => m.month === "2026-04")!.total).toBe(0);
  });

  it("puts the last and first day of a month in that month", () => {
    const data = asksMadePerMonth(
      [
        { madeOn: "2026-01-31", status: "made" },
        { madeOn: "2026-02-01", status: "made" },
        { madeOn: "2025-12-31", status: "made" },
      ],
      today,
    );
    expect(data.find((m) => m.month === "2025-12")!.total).toBe(1);
    expect(data.find((m) => m.month === "2026-01")!.total).toBe(1);
    expect(data.find((m) => m.month === "2026-02")!.total).toBe(1);
  });

  it("leaves out asks outside the window, not yet made, or with an unknown status", () => {
    const data = asksMadePerMonth(
      [
        { madeOn: "2025-11-30", status: "made" }, // the month before the window
        { madeOn: "2026-12-01", status: "made" }, // next month
        { madeOn: null, status: "planned" },
        { madeOn: "2026-06-01", status: "lost" },
      ],
      today,
    );
    expect(data.reduce((n, m) => n + m.total, 0)).toBe(0);
  });

  it("keeps months in calendar order across a year boundary", () => {
    const data = asksMadePerMonth([{ madeOn: "2025-03-01", status: "made" }], "2026-02-28");
    expect(data.map((m) => m.label)).toEqual([
      "Mar 2025",
      "Apr 2025",
      "May 2025",
      "Jun 2025",
      "Jul 2025",
      "Aug 2025",
      "Sep 2025",
      "Oct 2025",
      "Nov 2025",
      "Dec 2025",
      "Jan 2026",
      "Feb 2026",
    ]);
    expect(at(data, 0).made).toBe(1);
  });
});

describe("casesByStatus", () => {
  it("lists every status in pipeline order, zero when no case has it", () => {
    const data = casesByStatus({ released: 2, detained: 1 });
    expect(data.map((d) => d.status)).toEqual(["at_risk", "detained", "charged", "on_trial", "sentenced", "released", "closed"]);
    expect(data.find((d) => d.status === "released")).toEqual({ status: "released", label: "Released", count: 2 });
    expect(data.find((d) => d.status === "at_risk")!.count).toBe(0);
  });
});
