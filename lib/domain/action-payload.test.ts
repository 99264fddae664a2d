import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "./action-payload";

describe("server-action body check", () => {
  it("accepts what the browser sends for Vigil's forms", () => {
    expect(isWellFormedActionBody('[1,{"toStatus":"sentenced","note":"Five years"}]')).toBe(true);
    expect(isWellFormedActionBody('[{"title":"$$100 fine","summary":"$undefined"}]')).toBe(true);
    expect(isWellFormedActionBody("[]")).toBe(true);
  });

  it("refuses bodies that are not an argument list", () => {
    for (const body of ["false", "null", '"text"', "12", "{}", "not json", ""]) {
      expect(isWellFormedActionBody(body), body).toBe(false);
    }
  });

  it("refuses references to form parts or other objects the forms never send", () => {
    for (const body of ['["$1"]', '[{"a":"$@0"}]', '[{"a":["$K1"]}]', '[{"$1":true}]', '["$Q2"]']) {
      expect(isWellFormedActionBody(body), body).toBe(false);
    }
  });
});
