import { beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "./users";
import { findCaseById, listStatusHistory } from "./cases";
import { insertCase, recordStatusChange, updateCase } from "./case-writes";
import { DomainRuleError, NotFoundError, StaleVersionError } from "../../domain/errors";
import { auditEvents } from "../schema";
import { createCaseSchema } from "../../domain/schemas/case";
import { SEES_CONFIDENTIAL } from "./test-fixtures";

let db: Db;
let userId: number;

const input = createCaseSchema.parse({
  personName: "Narges Mohammadi",
  nativeName: "نرگس محمدی",
  aliases: "Narges Mohammady",
  title: "Human rights defender imprisoned",
  country: "Iran",
  priority: "high",
  status: "detained",
  tags: "women's rights",
});

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  userId = insertUser(db, null, { email: "c@example.org", name: "Carla", role: "campaigner", passwordHash: "x" }).id;
});

describe("cases in the database", () => {
  it("stores a case with its first status entry and an audit event", () => {
    const created = insertCase(db, userId, input);
    expect(findCaseById(db, SEES_CONFIDENTIAL, created.id)).toMatchObject({
      personName: "Narges Mohammadi",
      nativeName: "نرگس محمدی",
      aliases: ["Narges Mohammady"],
      country: "Iran",
      countryCode: "IR",
    });
    expect(findCaseById(db, SEES_CONFIDENTIAL, created.id)?.tags).toEqual(["women's rights"]);
    const history = listStatusHistory(db, SEES_CONFIDENTIAL, created.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "detained", changedByName: "Carla" });
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .some((e) => e.action === "create" && e.caseId === created.id),
    ).toBe(true);
  });

  it("records a status move with who, from, to and the note, newest first", () => {
    const created = insertCase(db, userId, input, "2024-01-01T00:00:00.000Z");
    recordStatusChange(db, userId, created.id, "sentenced", "Ten years", "2024-06-01T00:00:00.000Z");
    const history = listStatusHistory(db, SEES_CONFIDENTIAL, created.id);
    expect(history.map((h) => h.toStatus)).toEqual(["sentenced", "detained"]);
    expect(history[0]).toMatchObject({ fromStatus: "detained", note: "Ten years", changedByName: "Carla" });
    expect(findCaseById(db, SEES_CONFIDENTIAL, created.id)?.status).toBe("sentenced");
  });

  it("refuses a disallowed move and changes nothing", () => {
    const created = insertCase(db, userId, { ...input, status: "at_risk" });
    expect(() => recordStatusChange(db, userId, created.id, "sentenced", "")).toThrow(DomainRuleError);
    expect(findCaseById(db, SEES_CONFIDENTIAL, created.id)?.status).toBe("at_risk");
    expect(listStatusHistory(db, SEES_CONFIDENTIAL, created.id)).toHaveLength(1);
  });

  it("refuses a move on a case that does not exist", () => {
    expect(() => recordStatusChange(db, userId, 999, "released", "")).toThrow(NotFoundError);
  });

  it("refuses an edit made from an old version instead of overwriting the newer one", () => {
    const created = insertCase(db, userId, input);
    const { status: _status, ...fields } = input;
    updateCase(db, userId, created.id, { ...fields, title: "First edit", version: created.version });
    expect(() => updateCase(db, userId, created.id, { ...fields, title: "Second edit", version: created.version })).toThrow(
      StaleVersionError,
    );
    expect(findCaseById(db, SEES_CONFIDENTIAL, created.id)?.title).toBe("First edit");
  });

  it("gives each case a distinct slug", () => {
    const a = insertCase(db, userId, { ...input, personName: "Nguyễn Văn Đài" });
    const b = insertCase(db, userId, { ...input, personName: "Nguyễn Văn Đài" });
    expect(a.slug).toBe("nguyen-van-dai");
    expect(b.slug).toBe("nguyen-van-dai-2");
  });
});
