import { describe, expect, it } from "vitest";
import { caseRowView } from "./case-rows";

describe("caseRowView", () => {
  it("shows the priority's label, the dates as the list prints them and a dash for what is missing", () => {
    const base = {
      id: 1,
      personName: "Paul Rusesabagina",
      nativeName: "",
      title: "Detained after a flight to Kigali",
      country: "Rwanda",
      status: "detained",
      ownerName: null,
    };
    expect(caseRowView({ ...base, priority: "urgent", arrestDate: "2020-08-28", updatedAt: "2023-03-24T18:00:00.000Z" })).toEqual({
      ...base,
      priority: "Urgent",
      arrested: "28 Aug 2020",
      ownerName: "—",
      updatedOn: "24 Mar 2023",
    });
    expect(
      caseRowView({ ...base, ownerName: "Campaigner One", priority: "low", arrestDate: null, updatedAt: "2023-03-24T18:00:00.000Z" }),
    ).toMatchObject({
      arrested: "—",
      ownerName: "Campaigner One",
    });
  });
});
