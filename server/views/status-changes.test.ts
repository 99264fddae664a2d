import { describe, expect, it } from "vitest";
import { caseStatusChangeViews } from "./status-changes";

describe("caseStatusChangeViews", () => {
  it("names the first status as opened and each later one as a move, with when and who", () => {
    const views = caseStatusChangeViews([
      {
        id: 3,
        fromStatus: "detained",
        toStatus: "sentenced",
        note: "25 years",
        noteConfidential: false,
        occurredOn: "2021-09-20",
        changedAt: "2021-09-20T10:15:00.000Z",
        changedByName: "Campaigner One",
      },
      {
        id: 1,
        fromStatus: null,
        toStatus: "detained",
        note: "",
        noteConfidential: false,
        occurredOn: "2020-08-31",
        changedAt: "2020-08-31T08:00:00.000Z",
        changedByName: "Admin",
      },
    ]);
    expect(views).toEqual([
      {
        id: 3,
        change: "Detained → Sentenced",
        happened: "20 Sept 2021",
        when: "20 Sept 2021, 10:15 UTC",
        by: "Campaigner One",
        note: "25 years",
        noteConfidential: false,
      },
      {
        id: 1,
        change: "Opened as Detained",
        happened: "31 Aug 2020",
        when: "31 Aug 2020, 08:00 UTC",
        by: "Admin",
        note: null,
        noteConfidential: false,
      },
    ]);
  });
});
