import { beforeEach, describe, expect, it } from "vitest";
import { SEES_CONFIDENTIAL } from "@/db/queries/test-fixtures";
import { openDatabase, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { eq } from "drizzle-orm";
import { importCases } from "@/db/queries/case-import";
import { listCaseIdsForExport, listCasesForExportByIds } from "@/db/queries/cases";
import { insertCase } from "@/db/queries/case-writes";
import { insertUser } from "@/db/queries/users";
import type { Actor } from "@/domain/permissions";
import { cases } from "@/db/schema";
import { createCaseSchema, type CreateCaseInput } from "@/domain/schemas/case";
import { autoMapColumns, BOM, CASE_CSV_HEADERS, parseCsv, validateImport } from "@/domain/schemas/case-csv";
import { parseCaseListQuery } from "@/domain/schemas/case-list";
import { at } from "@/domain/test-helpers";
import { readCsvStream } from "@/server/csv-stream";
import { exportCaseList } from "./exports";

// The case CSV as the export route writes it: read from the database and streamed.
const globalForDb = globalThis as unknown as { vigilDb?: unknown };

const rusesabagina: CreateCaseInput = {
  personName: "Paul Rusesabagina",
  nativeName: "",
  aliases: [],
  title: "Abducted and tried in Kigali",
  country: "Rwanda",
  status: "released",
  priority: "urgent",
  tags: ["hostage diplomacy", "human rights defender"],
  summary: 'Line one\nLine two, with a comma and "quotes"',
  arrestDate: "2020-08-27",
  arrestPlace: "Kigali",
  placeHeld: "",
  charges: "=terrorism",
  sentence: "-25 years",
  sentenceDate: "2021-09-20",
};
const alKhawaja: CreateCaseInput = {
  ...rusesabagina,
  personName: "Abdulhadi al-Khawaja",
  nativeName: "عبدالهادي الخواجة",
  aliases: ["Abdul-Hadi al-Khawaja", "Abdulhadi Alkhawaja"],
  country: "Bahrain",
  tags: [],
  arrestDate: null,
  sentenceDate: null,
  charges: "",
  sentence: "",
};

let db: Db;
let campaigner: Actor;

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  globalForDb.vigilDb = db;
  const user = insertUser(db, null, { email: "c@example.org", name: "Carla", role: "campaigner", passwordHash: "x" });
  campaigner = { id: user.id, name: user.name, email: user.email, role: "campaigner" };
});

async function exportedText() {
  return readCsvStream(exportCaseList(campaigner, parseCaseListQuery({ sort: "name_asc" })).body);
}

function parsed(text: string) {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("the case CSV export", () => {
  it("starts with a BOM and a header row, uses CRLF, and neutralises formulas", async () => {
    insertCase(db, campaigner.id, rusesabagina);
    const csv = await exportedText();
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(CASE_CSV_HEADERS.join(","));
    expect(csv).toContain("'=terrorism");
    expect(csv).toContain("'-25 years");
    expect(csv).toContain('"Line one\nLine two, with a comma and ""quotes"""');
  });
});

describe("the case CSV import of an export", () => {
  it("round-trips an export: parse, auto-match the columns, validate to the same case", async () => {
    insertCase(db, campaigner.id, rusesabagina);
    insertCase(db, campaigner.id, alKhawaja);
    const file = parsed(await exportedText());
    const mapping = autoMapColumns(file.headers);
    expect(mapping.slice(0, 16)).toEqual([
      "personName",
      "nativeName",
      "aliases",
      "title",
      "country",
      "status",
      "priority",
      "tags",
      "summary",
      "arrestDate",
      "arrestPlace",
      "placeHeld",
      "charges",
      "sentence",
      "sentenceDate",
      "slug",
    ]);
    expect(mapping.slice(16)).toEqual([null, null]);
    const result = validateImport(file, mapping, []);
    expect(result.ok).toBe(true);
    // In name order the Latin "Abdulhadi" now comes first.
    expect(result.candidates.map((c) => c.line)).toEqual([2, 4]);
    expect(at(result.candidates, 1).input).toEqual(rusesabagina);
    expect(at(result.candidates, 0).input).toMatchObject({
      personName: "Abdulhadi al-Khawaja",
      nativeName: "عبدالهادي الخواجة",
      aliases: ["Abdul-Hadi al-Khawaja", "Abdulhadi Alkhawaja"],
    });
    expect(result.candidates.every((c) => c.skip === null)).toBe(true);
  });
});

describe("the case CSV export imported into an empty workspace", () => {
  function add(owner: number, fields: Record<string, string>, at: string) {
    return insertCase(db, owner, createCaseSchema.parse({ title: "T", priority: "medium", status: "detained", ...fields }), at);
  }

  beforeEach(() => {
    const omar = insertUser(db, null, { email: "o@example.org", name: "Omar", role: "admin", passwordHash: "x" }).id;
    add(
      campaigner.id,
      { personName: "Bea", country: "Rwanda", tags: "journalist, hostage", priority: "urgent", arrestDate: "2020-08-27" },
      "2024-01-02T00:00:00Z",
    );
    add(
      omar,
      { personName: "adam", country: "rwanda", tags: "Journalist", status: "released", arrestDate: "2019-01-01" },
      "2024-01-03T00:00:00Z",
    );
    add(campaigner.id, { personName: "Chen", country: "China", tags: "journalists" }, "2024-01-01T00:00:00Z");
    const archived = add(campaigner.id, { personName: "Zed", country: "Rwanda", tags: "journalist" }, "2024-01-04T00:00:00Z");
    db.update(cases).set({ archivedAt: "2024-02-01T00:00:00Z" }).where(eq(cases.id, archived.id)).run();
  });

  it("reproduces the exported cases", async () => {
    const exported = await exportedText();
    const empty = openDatabase(":memory:");
    runMigrations(empty);
    const admin = insertUser(empty, null, { email: "a@example.org", name: "A", role: "admin", passwordHash: "x" }).id;
    const file = parsed(exported);
    const result = importCases(empty, admin, file, autoMapColumns(file.headers), "export.csv");
    expect(result.ok && result.created.length).toBe(3);
    const pick = ({ personName, title, country, status, priority, tags, arrestDate, summary }: typeof cases.$inferSelect) => ({
      personName,
      title,
      country,
      status,
      priority,
      tags,
      arrestDate,
      summary,
    });
    const original = listCasesForExportByIds(db, SEES_CONFIDENTIAL, listCaseIdsForExport(db, SEES_CONFIDENTIAL, { sort: "name_asc" })).map(
      (c) => pick({ ...c, tags: JSON.stringify(c.tags) } as never),
    );
    const copy = empty.select().from(cases).orderBy(cases.personName).all().map(pick);
    expect(copy.sort((a, b) => a.personName.localeCompare(b.personName))).toEqual(
      original.sort((a, b) => a.personName.localeCompare(b.personName)),
    );
  });
});
