import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("folds accents and joins words with hyphens", () => {
    expect(slugify("Paul Rusesabagina")).toBe("paul-rusesabagina");
    expect(slugify("Nguyễn Văn Đài")).toBe("nguyen-van-dai");
  });
  it("keeps letters of other scripts and never returns an empty slug", () => {
    expect(slugify("نرگس محمدی")).toBe("نرگس-محمدی");
    expect(slugify("!!!")).toBe("case");
  });
});
