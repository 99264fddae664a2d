import { beforeEach, describe, expect, it } from "vitest";
import { SEES_CONFIDENTIAL } from "./test-fixtures";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "./users";
import { listCaseFilterOptions, listCases } from "./cases";
import { insertCase } from "./case-writes";
import { importCases } from "./case-import";
import { auditEvents, cases, caseStatusChanges } from "../schema";
import { createCaseSchema } from "../../domain/schemas/case";
import { autoMapColumns, parseCsv } from "../../domain/schemas/case-csv";

let db: Db;
let carla: number;
let omar: number;

function add(owner: number, fields: Record<string, string>, at: string) {
  return insertCase(db, owner, createCaseSchema.parse({ title: "T", priority: "medium", status: "detained", ...fields }), at);
}

function csv(text: string) {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  carla = insertUser(db, null, { email: "c@example.org", name: "Carla", role: "campaigner", passwordHash: "x" }).id;
  omar = insertUser(db, null, { email: "o@example.org", name: "Omar", role: "admin", passwordHash: "x" }).id;
  add(
    carla,
    { personName: "Bea", country: "Rwanda", tags: "journalist, hostage", priority: "urgent", arrestDate: "2020-08-27" },
    "2024-01-02T00:00:00Z",
  );
  add(
    omar,
    { personName: "adam", country: "rwanda", tags: "Journalist", status: "released", arrestDate: "2019-01-01" },
    "2024-01-03T00:00:00Z",
  );
  add(carla, { personName: "Chen", country: "China", tags: "journalists" }, "2024-01-01T00:00:00Z");
  const archived = add(carla, { personName: "Zed", country: "Rwanda", tags: "journalist" }, "2024-01-04T00:00:00Z");
  db.update(cases).set({ archivedAt: "2024-02-01T00:00:00Z" }).where(eq(cases.id, archived.id)).run();
});

const names = (r: { rows: { personName: string }[] }) => r.rows.map((c) => c.personName);

describe("the case list's filters and sorts", () => {
  it("filters by status, country (any case), exact tag, priority and owner; archived cases stay hidden", () => {
    expect(names(listCases(db, SEES_CONFIDENTIAL))).toEqual(["adam", "Bea", "Chen"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { status: "released" }))).toEqual(["adam"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { country: "RWANDA" }))).toEqual(["adam", "Bea"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { tag: "journalist" }))).toEqual(["adam", "Bea"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { tag: "%" }))).toEqual([]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { priority: "urgent" }))).toEqual(["Bea"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { owner: omar }))).toEqual(["adam"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { country: "rwanda", owner: carla }))).toEqual(["Bea"]);
  });

  it("sorts by name, last change and arrest date both ways (no arrest date last)", () => {
    expect(names(listCases(db, SEES_CONFIDENTIAL, { sort: "name_asc" }))).toEqual(["adam", "Bea", "Chen"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { sort: "name_desc" }))).toEqual(["Chen", "Bea", "adam"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { sort: "updated_asc" }))).toEqual(["Chen", "Bea", "adam"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { sort: "arrest_asc" }))).toEqual(["adam", "Bea", "Chen"]);
    expect(names(listCases(db, SEES_CONFIDENTIAL, { sort: "arrest_desc" }))).toEqual(["Bea", "adam", "Chen"]);
  });

  it("pages and counts the filtered set", () => {
    const page2 = listCases(db, SEES_CONFIDENTIAL, { sort: "name_asc", pageSize: 2, page: 2 });
    expect(names(page2)).toEqual(["Chen"]);
    expect(page2.total).toBe(3);
  });

  it("offers the countries, tags and owners of active cases as filter choices", () => {
    const options = listCaseFilterOptions(db, SEES_CONFIDENTIAL);
    // "rwanda" was stored as the listed "Rwanda", and "Journalist" as the "journalist" already in use.
    expect(options.countries).toEqual(["China", "Rwanda"]);
    expect(options.tags).toEqual(["hostage", "journalist", "journalists"]);
    expect(options.owners.map((o) => o.name)).toEqual(["Carla", "Omar"]);
  });
});

describe("importing cases", () => {
  const header = "Name,Title,Country,Status,Priority\n";

  it("writes every new case with its status history and audit events, in one go", () => {
    const file = csv(header + "Dina,T,Egypt,detained,high\nEli,T,Iran,charged,low\n");
    const result = importCases(db, carla, file, autoMapColumns(file.headers), "cases.csv");
    expect(result.ok && result.created.map((c) => c.line)).toEqual([2, 3]);
    const dina = db.select().from(cases).where(eq(cases.personName, "Dina")).get()!;
    expect(dina).toMatchObject({ country: "Egypt", ownerId: carla, createdBy: carla });
    expect(db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, dina.id)).all()).toHaveLength(1);
    const audit = db.select().from(auditEvents).all();
    expect(audit.filter((e) => e.action === "create" && e.caseId === dina.id)).toHaveLength(1);
    expect(audit.filter((e) => e.action === "import" && e.entityType === "case_list")).toHaveLength(1);
  });

  it("writes nothing when one row is invalid, and says which line and why", () => {
    const before = db.select().from(cases).all().length;
    const auditBefore = db.select().from(auditEvents).all().length;
    const file = csv(header + "Dina,T,Egypt,detained,high\nEli,,Iran,charged,low\n");
    const result = importCases(db, carla, file, autoMapColumns(file.headers), "cases.csv");
    expect(result).toEqual({ ok: false, errors: [{ line: 3, field: "Title", message: "Title is required." }] });
    expect(db.select().from(cases).all()).toHaveLength(before);
    expect(db.select().from(auditEvents).all()).toHaveLength(auditBefore);
  });

  it("does not duplicate cases when the same file is imported twice", () => {
    const file = csv(header + "Dina,T,Egypt,detained,high\nbéa,T,RWANDA,detained,high\n");
    const first = importCases(db, carla, file, autoMapColumns(file.headers), "cases.csv");
    expect(first.ok && [first.created.length, first.skipped.map((s) => s.line)]).toEqual([1, [3]]);
    const second = importCases(db, carla, file, autoMapColumns(file.headers), "cases.csv");
    expect(second.ok && [second.created.length, second.skipped.length]).toEqual([0, 2]);
    expect(db.select().from(cases).where(eq(cases.personName, "Dina")).all()).toHaveLength(1);
  });
});
