import { describe, expect, it } from "vitest";
import { awaitingView, followUpView, recentCaseView } from "./dashboard-lists";

const row = {
  id: 7,
  caseId: 1,
  personName: "Paul Rusesabagina",
  nativeName: "",
  officialName: "Antony Blinken",
  officialConfidential: false,
  officeAtTime: "US Secretary of State",
  text: "Raise his release with President Kagame during your visit. ".repeat(3),
  channel: "meeting",
  status: "made",
  madeOn: "2022-08-10",
  followUpOn: "2022-09-01",
};

describe("dashboard list views", () => {
  it("a follow-up links to the case's asks, with its due date, channel and a one-line ask", () => {
    const view = followUpView({ ...row, overdue: true, dueToday: false });
    expect(view).toMatchObject({ caseHref: "/cases/1/asks", due: "1 Sept 2022", channel: "Meeting", overdue: true, dueToday: false });
    expect(view.text).toHaveLength(90);
    expect(view.text.endsWith("…")).toBe(true);
    expect(Object.keys(view)).not.toContain("officialConfidential");
  });

  it("an ask awaiting a response says how long it has waited", () => {
    expect(awaitingView({ ...row, daysWaiting: 1 }).waiting).toBe("1 day");
    expect(awaitingView({ ...row, daysWaiting: 40 })).toMatchObject({ waiting: "40 days", madeOn: "10 Aug 2022" });
    expect(awaitingView({ ...row, madeOn: null, daysWaiting: null })).toMatchObject({ waiting: "—", madeOn: "—" });
  });

  it("a recently changed case shows the day it changed", () => {
    expect(
      recentCaseView({ id: 1, personName: "Paul Rusesabagina", nativeName: "", status: "released", updatedAt: "2023-03-24T18:00:00.000Z" }),
    ).toEqual({
      id: 1,
      personName: "Paul Rusesabagina",
      nativeName: "",
      status: "released",
      updatedOn: "24 Mar 2023",
    });
  });
});
