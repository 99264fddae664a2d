import { describe, expect, it } from "vitest";
import { officialAskView } from "./official-asks";

describe("officialAskView", () => {
  it("reads stored codes as words and dates as the page prints them", () => {
    const view = officialAskView({
      id: 7,
      caseId: 1,
      casePersonName: "Paul Rusesabagina",
      caseNativeName: "",
      caseTitle: "Detained after a flight to Kigali",
      text: "Raise his release with President Kagame",
      officeAtTime: "",
      channel: "public_statement",
      madeOn: null,
      followUpOn: "2022-09-01",
      status: "no_response",
      outcomes: [{ id: 2, type: "release", occurredOn: "2023-03-24", description: "Freed after his sentence was commuted" }],
    });
    expect(view).toMatchObject({
      status: "No response",
      channel: "Public statement",
      officeThen: "—",
      madeOn: "Not yet made",
      followUpOn: "1 Sept 2022",
      outcomes: [{ id: 2, date: "24 Mar 2023", summary: "Release: Freed after his sentence was commuted" }],
    });
  });

  it("names channels, statuses and outcome types with the labels every other page uses", () => {
    const base = {
      id: 8,
      caseId: 1,
      casePersonName: "P",
      caseNativeName: "",
      caseTitle: "T",
      text: "x",
      officeAtTime: "Minister",
      madeOn: "2022-08-10",
      followUpOn: null,
    };
    const view = officialAskView({ ...base, channel: "un_submission", status: "made", outcomes: [] });
    expect(view).toMatchObject({
      channel: "UN submission",
      status: "Made",
      officeThen: "Minister",
      madeOn: "10 Aug 2022",
      followUpOn: "—",
    });
  });
});
