import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cases } from "../schema";
import { createCaseSchema } from "../../domain/schemas/case";
import { findCasesNamed } from "./case-duplicates";
import { insertCase, updateCase } from "./case-writes";
import { findCaseById } from "./cases";
import { setupDb, SEES_CONFIDENTIAL } from "./test-fixtures";

function parsed(fields: Record<string, string>) {
  return createCaseSchema.parse({ title: "T", country: "IR", priority: "high", status: "detained", ...fields });
}

describe("a case entered twice", () => {
  it("is found by its Latin name, its native name or an alias, without case or accents", () => {
    const { db, campaigner } = setupDb();
    const narges = insertCase(
      db,
      campaigner.id,
      parsed({ personName: "Narges Mohammadi", nativeName: "نرگس محمدی", aliases: "Narges Mohammady" }),
    );
    const named = (personName: string, nativeName = "", aliases: string[] = []) =>
      findCasesNamed(db, SEES_CONFIDENTIAL, { personName, nativeName, aliases }).map((d) => d.id);
    expect(named("NARGES  mohammadi")).toEqual([narges.id]);
    expect(named("Someone Else", "نرگس محمدی")).toEqual([narges.id]);
    expect(named("N. Mohammadi", "", ["narges mohammady"])).toEqual([narges.id]);
    expect(named("Narges Mohammady")).toEqual([narges.id]);
    expect(named("Nârgës Mohammadi")).toEqual([narges.id]);
    expect(named("Narges Mohammadian")).toEqual([]);
  });

  it("includes archived cases, saying so, and never the case itself", () => {
    const { db, campaigner } = setupDb();
    const old = insertCase(db, campaigner.id, parsed({ personName: "Nguyễn Văn Đài" }));
    db.update(cases).set({ archivedAt: "2024-01-01T00:00:00Z" }).where(eq(cases.id, old.id)).run();
    expect(findCasesNamed(db, SEES_CONFIDENTIAL, { personName: "Nguyen Van Đai", nativeName: "", aliases: [] })).toEqual([
      { id: old.id, personName: "Nguyễn Văn Đài", nativeName: "", archived: true },
    ]);
    expect(findCasesNamed(db, SEES_CONFIDENTIAL, { personName: "Nguyễn Văn Đài", nativeName: "", aliases: [] }, old.id)).toEqual([]);
  });
});

describe("tags", () => {
  it("reuse the spelling already in use, whatever the case typed", () => {
    const { db, campaigner } = setupDb();
    insertCase(db, campaigner.id, parsed({ personName: "A", tags: "journalist, Press Freedom" }));
    const b = insertCase(db, campaigner.id, parsed({ personName: "B", tags: "Journalist, press freedom, JOURNALIST, new tag" }));
    expect(b.tags).toEqual(["journalist", "Press Freedom", "new tag"]);
  });

  it("can be re-spelt on the only case that has them", () => {
    const { db, campaigner } = setupDb();
    const a = insertCase(db, campaigner.id, parsed({ personName: "A", tags: "jounalist" }));
    const edited = updateCase(db, campaigner.id, a.id, { ...parsed({ personName: "A", tags: "Jounalist" }), version: a.version });
    expect(edited.tags).toEqual(["Jounalist"]);
    expect(findCaseById(db, SEES_CONFIDENTIAL, a.id)?.tags).toEqual(["Jounalist"]);
  });
});
