import { describe, expect, it } from "vitest";
import { humanize, officialAskView } from "./official-asks";

describe("officialAskView", () => {
  it("reads stored codes as words and dates as the page prints them", () => {
    const view = officialAskView({
      id: 7,
      caseId: 1,
      casePersonName: "Paul Rusesabagina",
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

  it("humanize turns a code into a sentence-case phrase", () => {
    expect(humanize("follow_up_due")).toBe("Follow up due");
    expect(humanize("")).toBe("—");
  });
});
