import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "./users";
import { findCaseById, insertCase, listCases } from "./cases";
import { archiveCase, deleteArchivedCase, restoreCase } from "./case-archive";
import { auditEvents, caseStatusChanges } from "../schema";
import { DomainRuleError } from "../../lib/domain/errors";
import { createCaseSchema } from "../../lib/validation/case";

let db: Db;
let userId: number;
const input = createCaseSchema.parse({ personName: "Alaa Abd El-Fattah", title: "Blogger imprisoned", country: "Egypt", priority: "high", status: "sentenced" });

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  userId = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" }).id;
});

describe("archiving cases", () => {
  it("hides an archived case from the list, keeps every record, and restores it", () => {
    const c = insertCase(db, userId, input);
    archiveCase(db, userId, c.id);
    expect(listCases(db).rows.map((r) => r.id)).not.toContain(c.id);
    expect(findCaseById(db, c.id)?.archivedAt).not.toBeNull();
    expect(db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, c.id)).all()).toHaveLength(1);
    restoreCase(db, userId, c.id);
    expect(listCases(db).rows.map((r) => r.id)).toContain(c.id);
  });

  it("deletes only an archived case, only when the name is typed exactly, and audits the deletion", () => {
    const c = insertCase(db, userId, input);
    expect(() => deleteArchivedCase(db, userId, c.id, "Alaa Abd El-Fattah")).toThrow(DomainRuleError);
    archiveCase(db, userId, c.id);
    expect(() => deleteArchivedCase(db, userId, c.id, "alaa")).toThrow(/exactly/);
    expect(findCaseById(db, c.id)).not.toBeNull();
    deleteArchivedCase(db, userId, c.id, "Alaa Abd El-Fattah");
    expect(findCaseById(db, c.id)).toBeNull();
    expect(db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, c.id)).all()).toHaveLength(0);
    const events = db.select().from(auditEvents).where(eq(auditEvents.caseId, c.id)).all().map((e) => e.action);
    expect(events).toEqual(expect.arrayContaining(["create", "archive", "delete"]));
  });
});
