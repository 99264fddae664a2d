import { describe, expect, it } from "vitest";
import { COUNTRIES, countryByCode, matchCountry } from "./countries";

describe("countries", () => {
  it("lists every ISO 3166-1 country once, in name order", () => {
    expect(COUNTRIES).toHaveLength(new Set(COUNTRIES.map((c) => c.code)).size);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(countryByCode("rw")).toEqual({ code: "RW", name: "Rwanda" });
  });

  it("matches what colleagues type, whatever its case, spacing or accents", () => {
    const iran = { code: "IR", name: "Iran" };
    for (const typed of ["Iran", "iran ", " IRAN", "Islamic Republic of Iran", "IR"]) expect(matchCountry(typed), typed).toEqual(iran);
    expect(matchCountry("Russia")?.code).toBe("RU");
    expect(matchCountry("Viet Nam")?.code).toBe("VN");
    expect(matchCountry("Vietnam")?.code).toBe("VN");
    expect(matchCountry("Burma")?.code).toBe("MM");
    expect(matchCountry("Myanmar")?.code).toBe("MM");
    expect(matchCountry("UK")?.code).toBe("GB");
    expect(matchCountry("USA")?.code).toBe("US");
    expect(matchCountry("U.S.A.")?.code).toBe("US");
    expect(matchCountry("Turkiye")?.code).toBe("TR");
    expect(matchCountry("côte d'ivoire")?.code).toBe("CI");
  });

  it("matches nothing for a place that is not a country", () => {
    for (const typed of ["", "Nowhereland", "Tehran", "ZZ", "Europe"]) expect(matchCountry(typed), typed).toBeNull();
  });
});
