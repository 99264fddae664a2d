import { describe, expect, it } from "vitest";
import { signInSchema } from "./user";
import { formInput, textField } from "./form-input";

function formData(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("form input", () => {
  it("reads a posted form as the object a script would send, so one schema checks both", () => {
    const posted = formData([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ["$ACTION_KEY", "k1"],
      ["email", " Someone@Example.org "],
      ["password", "a password with spaces "],
    ]);
    expect(formInput(posted)).toEqual({ email: " Someone@Example.org ", password: "a password with spaces " });
    const fromForm = signInSchema.safeParse(formInput(posted));
    const fromScript = signInSchema.safeParse({ email: " Someone@Example.org ", password: "a password with spaces " });
    expect(fromForm).toEqual(fromScript);
    expect(fromForm.data).toEqual({ email: "someone@example.org", password: "a password with spaces " });
  });

  it("passes anything that is not a form through unchanged, for the schema to judge", () => {
    const object = { email: "a@example.org" };
    expect(formInput(object)).toBe(object);
    for (const other of [null, undefined, 12, "text", ["a"]]) expect(formInput(other)).toBe(other);
  });

  it("leaves out files, keeps the last of repeated names, and cannot set a prototype", () => {
    const posted = formData([
      ["note", "first"],
      ["note", "second"],
      ["file", new Blob(["x"])],
      ["__proto__", "polluted"],
    ]);
    const fields = formInput(posted) as Record<string, unknown>;
    expect(fields.note).toBe("second");
    expect(Object.hasOwn(fields, "file")).toBe(false);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads one text field from either kind of input", () => {
    expect(textField(formData([["next", "/cases"]]), "next")).toBe("/cases");
    expect(textField({ next: "/cases" }, "next")).toBe("/cases");
    expect(textField({ next: 5 }, "next")).toBeUndefined();
    expect(textField({}, "toString")).toBeUndefined();
    expect(textField(null, "next")).toBeUndefined();
  });
});
