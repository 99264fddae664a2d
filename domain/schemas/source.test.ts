import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sourceSchema } from "./source";

function urlErrors(url: string) {
  const parsed = sourceSchema.safeParse({ title: "Report", type: "news_report", url });
  return parsed.success ? [] : (z.flattenError(parsed.error).fieldErrors.url ?? []);
}

describe("sourceSchema", () => {
  it("gives a field error on the URL for javascript:, data: and ftp: addresses", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/file"]) {
      expect(urlErrors(url)).toEqual(["Only web addresses starting with https:// or http:// can be saved."]);
    }
  });

  it("accepts a source without a web address", () => {
    const parsed = sourceSchema.parse({ title: "HRW statement", type: "ngo_statement", url: "  " });
    expect(parsed.url).toBeNull();
    expect(parsed.confidential).toBe(false);
    expect(parsed.publishedOn).toBeNull();
  });

  it("keeps a valid address trimmed", () => {
    expect(sourceSchema.parse({ title: "R", type: "news_report", url: " https://Example.org/a " }).url).toBe("https://example.org/a");
  });

  it("requires a title and a known type and refuses a future date", () => {
    const parsed = sourceSchema.safeParse({ title: " ", type: "rumour", publishedOn: "2999-01-01" });
    expect(parsed.success).toBe(false);
    const errors = z.flattenError(parsed.error!).fieldErrors;
    expect(errors.title).toEqual(["Title is required."]);
    expect(errors.type).toEqual(["Choose the type of source."]);
    expect(errors.publishedOn).toEqual(["Date published cannot be in the future."]);
  });
});
