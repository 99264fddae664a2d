import { describe, expect, it } from "vitest";
import { caseNameKeys, hasLatinLetter, nameWithNative, splitAliases } from "./person-name";
import { createCaseSchema } from "./schemas/case";

const base = { title: "Held without charge", country: "IR", priority: "high", status: "detained" };

describe("the name in Latin letters", () => {
  it("accepts any name with a Latin letter, accents included", () => {
    for (const name of ["Narges Mohammadi", "Nguyễn Văn Đài", "Ahmadreza Djalali (احمدرضا)", "Ł"])
      expect(hasLatinLetter(name), name).toBe(true);
  });

  it("refuses a name written only in another script, saying where that name goes", () => {
    for (const name of ["نرگس محمدی", "Алексей Навальный", "刘晓波", "123"]) expect(hasLatinLetter(name), name).toBe(false);
    const parsed = createCaseSchema.safeParse({ ...base, personName: "نرگس محمدی" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["personName"],
      message: "Write the name in Latin letters here; the name in the person's own script goes below",
    });
  });

  it("keeps the native name and the aliases beside it", () => {
    const parsed = createCaseSchema.parse({
      ...base,
      personName: "Narges Mohammadi",
      nativeName: " نرگس محمدی ",
      aliases: "Narges Mohammadi, N. Mohammadi,  narges MOHAMMADI , ",
    });
    expect(parsed).toMatchObject({
      personName: "Narges Mohammadi",
      nativeName: "نرگس محمدی",
      aliases: ["Narges Mohammadi", "N. Mohammadi"],
      country: "Iran",
    });
  });

  it("refuses a country that is not on the list", () => {
    const parsed = createCaseSchema.safeParse({ ...base, personName: "Narges Mohammadi", country: "Nowhereland" });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["country"], message: "Choose a country from the list." });
  });
});

describe("names shown and compared", () => {
  it("shows the Latin name first, the native one in brackets, only when there is one", () => {
    expect(nameWithNative("Narges Mohammadi", "نرگس محمدی")).toBe("Narges Mohammadi (نرگس محمدی)");
    expect(nameWithNative("Paul Rusesabagina", "")).toBe("Paul Rusesabagina");
    expect(nameWithNative("Paul Rusesabagina", "Paul Rusesabagina")).toBe("Paul Rusesabagina");
  });

  it("folds case and accents from every name, dropping empty ones", () => {
    expect(caseNameKeys({ personName: "Nguyễn Văn Đài", nativeName: "", aliases: ["NGUYEN Van"] })).toEqual([
      "nguyen van đai",
      "nguyen van",
    ]);
    expect(splitAliases(" , ,")).toEqual([]);
  });
});
