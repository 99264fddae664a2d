import { describe, expect, it } from "vitest";
import { caseListSearch, parseCaseListQuery } from "./case-list";

describe("parseCaseListQuery", () => {
  it("reads every filter from the URL", () => {
    const q = parseCaseListQuery(
      new URLSearchParams("status=detained&country=Rwanda&tag=journalist&priority=urgent&owner=3&sort=name_asc&page=2"),
    );
    expect(q).toEqual({
      status: "detained",
      country: "Rwanda",
      tag: "journalist",
      priority: "urgent",
      owner: 3,
      sort: "name_asc",
      page: 2,
    });
  });

  it("defaults to the newest change first, page 1, no filters", () => {
    expect(parseCaseListQuery({})).toEqual({ sort: "updated_desc", page: 1 });
  });

  it("ignores unknown and malformed values instead of failing", () => {
    const q = parseCaseListQuery({
      status: "vanished",
      priority: "critical",
      owner: "abc",
      sort: "random",
      page: "-4",
      country: "   ",
      tag: "x".repeat(500),
    });
    expect(q).toEqual({ sort: "updated_desc", page: 1 });
    expect(parseCaseListQuery({ owner: "1e400", page: "1.5" })).toEqual({ sort: "updated_desc", page: 1 });
  });

  it("takes the first value when a parameter repeats", () => {
    expect(parseCaseListQuery({ status: ["released", "detained"] }).status).toBe("released");
  });

  it("round-trips through the query string the links use", () => {
    const q = parseCaseListQuery({ status: "charged", country: "Côte d'Ivoire", tag: "a b", sort: "arrest_asc" });
    expect(parseCaseListQuery(new URLSearchParams(caseListSearch(q, { page: 3 })))).toEqual({ ...q, page: 3 });
  });
});
