import { describe, expect, it } from "vitest";
import { isWellFormedActionBody, isWellFormedMultipartActionBody, MAX_DEPTH, MAX_ITEMS } from "./action-payload";

const nestedArrays = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

describe("server-action body check, text bodies", () => {
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

  it("refuses an array of 200,000 items without overflowing its own stack", () => {
    expect(() => isWellFormedActionBody(JSON.stringify([Array.from({ length: 200_000 }, () => 0)]))).not.toThrow();
    expect(isWellFormedActionBody(JSON.stringify([Array.from({ length: 200_000 }, () => 0)]))).toBe(false);
  });

  it("allows lists and objects up to the item limit and refuses one more", () => {
    expect(isWellFormedActionBody(JSON.stringify(Array.from({ length: MAX_ITEMS }, () => 0)))).toBe(true);
    expect(isWellFormedActionBody(JSON.stringify(Array.from({ length: MAX_ITEMS + 1 }, () => 0)))).toBe(false);
    const wide = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));
    expect(isWellFormedActionBody(JSON.stringify([wide(MAX_ITEMS)]))).toBe(true);
    expect(isWellFormedActionBody(JSON.stringify([wide(MAX_ITEMS + 1)]))).toBe(false);
  });

  it("allows nesting up to the depth limit and refuses deeper, down to 10,000 levels", () => {
    expect(isWellFormedActionBody(nestedArrays(MAX_DEPTH))).toBe(true);
    expect(isWellFormedActionBody(nestedArrays(MAX_DEPTH + 1))).toBe(false);
    expect(isWellFormedActionBody(`[${nestedObjects(MAX_DEPTH - 1)}]`)).toBe(true);
    expect(isWellFormedActionBody(`[${nestedObjects(MAX_DEPTH)}]`)).toBe(false);
    expect(isWellFormedActionBody(nestedArrays(10_000))).toBe(false);
    expect(isWellFormedActionBody(`[${nestedObjects(10_000)}]`)).toBe(false);
  });
});

describe("server-action body check, multipart bodies", () => {
  const entries = (fields: Record<string, string>) => Object.entries(fields);

  it("accepts a call that passes a form, and a form posted before scripts ran", () => {
    // What React sends for useActionState's (previous state, form data) from a script.
    const fromScript = entries({
      _1_email: "[[[[ typed text is not decoded",
      _1_password: "$1 secret",
      "0": '[{"ok":false,"error":"$$5"},"$K1"]',
    });
    expect(isWellFormedMultipartActionBody(fromScript)).toBe(true);
    // What the server-drawn form posts without scripts: the action and its bound state.
    const withoutScript = entries({
      $ACTION_REF_1: "",
      "$ACTION_1:0": '{"id":"6031811904473445a68284b0ff4d41b31f82d9b47a","bound":"$@1"}',
      "$ACTION_1:1": '["$undefined"]',
      $ACTION_KEY: "k1234",
      email: "someone@example.org",
      password: "{not json}",
    });
    expect(isWellFormedMultipartActionBody(withoutScript)).toBe(true);
    expect(isWellFormedMultipartActionBody(entries({ $ACTION_ID_6031811904473445a68284b0ff4d41b31f82d9b47a: "", email: "x" }))).toBe(true);
  });

  it("refuses wide or deep arguments in any part React decodes", () => {
    const wide = JSON.stringify([Array.from({ length: 200_000 }, () => 0)]);
    expect(isWellFormedMultipartActionBody(entries({ "0": wide }))).toBe(false);
    expect(isWellFormedMultipartActionBody(entries({ "0": nestedArrays(10_000) }))).toBe(false);
    expect(isWellFormedMultipartActionBody(entries({ "0": '["$@1"]', "1": `[${nestedObjects(10_000)}]` }))).toBe(false);
    const bound = { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}' };
    expect(isWellFormedMultipartActionBody(entries({ ...bound, "$ACTION_1:1": wide }))).toBe(false);
    expect(isWellFormedMultipartActionBody(entries({ ...bound, "$ACTION_1:1": nestedArrays(10_000) }))).toBe(false);
  });

  it("refuses parts that are not JSON, oddly numbered, or refer to parts that are not there", () => {
    const bodies: Record<string, string>[] = [
      { "0": "{not json" },
      { "0": '["$@2"]', "1": "[]" },
      { "0": '["$Q1"]' },
      { "0x0": "[]" },
      { "": "[]" },
      { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}' },
      { "$ACTION_1:0": "not json" },
    ];
    for (const fields of bodies) {
      expect(isWellFormedMultipartActionBody(entries(fields)), JSON.stringify(fields)).toBe(false);
    }
  });

  it("refuses more fields than the item limit", () => {
    const many = Array.from({ length: MAX_ITEMS + 1 }, (_, i): [string, string] => [`field${i}`, "x"]);
    expect(isWellFormedMultipartActionBody(many)).toBe(false);
    expect(isWellFormedMultipartActionBody(many.slice(1))).toBe(true);
  });
});
