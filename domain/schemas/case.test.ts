import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createCaseSchema } from "./case";

const valid = {
  personName: "Paul Rusesabagina",
  title: "Detained after a flight diverted to Kigali",
  country: "Rwanda",
  summary: "",
  tags: "arbitrary detention, transnational repression",
  priority: "urgent",
  status: "detained",
  arrestDate: "2020-08-28",
  arrestPlace: "",
  placeHeld: "",
  charges: "",
  sentence: "",
  sentenceDate: "",
};

function fieldErrors(input: unknown) {
  const result = createCaseSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("case form schema", () => {
  it("keeps names in any script exactly as typed: Latin in the name, others in the native name", () => {
    for (const name of ["Paul Rusesabagina", "Nguyễn Văn Đài"]) {
      const parsed = createCaseSchema.parse({ ...valid, personName: name });
      expect(parsed.personName).toBe(name);
    }
    for (const name of ["نرگس محمدی", "刘晓波", "Нина Петрова", "Nguyễn Văn Đài"]) {
      const parsed = createCaseSchema.parse({ ...valid, nativeName: name });
      expect(parsed.nativeName).toBe(name);
    }
  });

  it("turns the comma-separated tags into distinct trimmed tags", () => {
    const parsed = createCaseSchema.parse({ ...valid, tags: " journalist, journalist ,  Egypt,, " });
    expect(parsed.tags).toEqual(["journalist", "Egypt"]);
  });

  it("turns empty or missing optional dates into null", () => {
    expect(createCaseSchema.parse(valid).sentenceDate).toBeNull();
    const { arrestDate: _omitted, ...withoutArrestDate } = valid;
    expect(createCaseSchema.parse(withoutArrestDate).arrestDate).toBeNull();
  });

  it("reports an empty name and an overlong title on their own fields", () => {
    const errors = fieldErrors({ ...valid, personName: "   ", title: "x".repeat(10_000) });
    expect(errors.personName).toEqual(["Name is required."]);
    expect(errors.title).toEqual(["Title must be 300 characters or fewer."]);
  });

  it("refuses impossible and future dates", () => {
    expect(fieldErrors({ ...valid, arrestDate: "2021-02-30" }).arrestDate?.[0]).toMatch(/valid date/);
    expect(fieldErrors({ ...valid, arrestDate: "2999-01-01" }).arrestDate?.[0]).toMatch(/future/);
  });

  it("refuses an unknown status or priority and control characters", () => {
    expect(fieldErrors({ ...valid, status: "vanished" }).status).toEqual(["Choose the current status."]);
    expect(fieldErrors({ ...valid, priority: "critical" }).priority).toEqual(["Choose a priority."]);
    expect(fieldErrors({ ...valid, title: "bad\u0007title" }).title?.[0]).toMatch(/invalid characters/);
  });

  it("refuses wrong types without throwing", () => {
    expect(fieldErrors({ ...valid, personName: 42, tags: ["a"] })).toEqual({
      personName: ["Name is required."],
      tags: ["Tags must be text."],
    });
    const notAnObject = createCaseSchema.safeParse(null);
    expect(notAnObject.success).toBe(false);
    // Refused as a whole, with no field to blame.
    expect(notAnObject.error && z.flattenError(notAnObject.error)).toEqual({
      formErrors: [expect.stringContaining("expected object")],
      fieldErrors: {},
    });
  });
});
