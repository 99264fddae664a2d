import { describe, expect, it } from "vitest";
import { describeNotification } from "./notification-text";

const base = { caseId: 7, personName: "Paul Rusesabagina", actorName: "Kofi", status: null };

describe("describeNotification", () => {
  it("says who did what on which case, and links to where it can be read", () => {
    expect(describeNotification({ ...base, kind: "assigned" })).toEqual({
      text: "Kofi gave you the case of Paul Rusesabagina.",
      href: "/cases/7",
    });
    expect(describeNotification({ ...base, kind: "status", status: "released" }).text).toBe(
      "Kofi moved the case of Paul Rusesabagina to released.",
    );
    expect(describeNotification({ ...base, kind: "outcome" }).href).toBe("/cases/7/asks");
  });

  it("a status no longer known, or a removed colleague, still reads as a sentence", () => {
    expect(describeNotification({ ...base, kind: "status", status: "gone", actorName: null }).text).toBe(
      "Someone moved the case of Paul Rusesabagina to a new status.",
    );
  });
});
