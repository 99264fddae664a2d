import { beforeEach, describe, expect, it } from "vitest";
import { SEES_CONFIDENTIAL } from "./test-fixtures";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "./users";
import { findCaseById, listCases } from "./cases";
import { insertCase } from "./case-writes";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { archiveCase, deleteArchivedCase, redactDetails, REDACTED, restoreCase } from "./case-archive";
import { auditEvents, caseNotes, caseStatusChanges, sources } from "../schema";
import { insertAsk, recordAskStatusChange } from "./asks";
import { insertOutcome } from "./outcomes";
import { insertPerson } from "./people";
import { addSourceToCase } from "./sources";
import { recordStatusChange } from "./case-writes";
import { personSchema } from "../../domain/schemas/person";
import { sourceSchema } from "../../domain/schemas/source";
import { DomainRuleError } from "../../domain/errors";
import { createCaseSchema } from "../../domain/schemas/case";

let db: Db;
let userId: number;
const input = createCaseSchema.parse({
  personName: "Alaa Abd El-Fattah",
  title: "Blogger imprisoned",
  country: "Egypt",
  priority: "high",
  status: "sentenced",
});

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  userId = insertUser(db, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" }).id;
});

describe("archiving cases", () => {
  it("hides an archived case from the list, keeps every record, and restores it", () => {
    const c = insertCase(db, userId, input);
    archiveCase(db, userId, c.id);
    expect(listCases(db, SEES_CONFIDENTIAL).rows.map((r) => r.id)).not.toContain(c.id);
    expect(findCaseById(db, SEES_CONFIDENTIAL, c.id)?.archivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, c.id)).all()).toHaveLength(1);
    restoreCase(db, userId, c.id);
    expect(listCases(db, SEES_CONFIDENTIAL).rows.map((r) => r.id)).toContain(c.id);
  });

  it("deletes only an archived case, only when the name is typed exactly, and audits the deletion", () => {
    const c = insertCase(db, userId, input);
    expect(() => deleteArchivedCase(db, userId, c.id, "Alaa Abd El-Fattah")).toThrow(DomainRuleError);
    archiveCase(db, userId, c.id);
    expect(() => deleteArchivedCase(db, userId, c.id, "alaa")).toThrow(/exactly/);
    expect(findCaseById(db, SEES_CONFIDENTIAL, c.id)?.id).toBe(c.id);
    deleteArchivedCase(db, userId, c.id, "Alaa Abd El-Fattah");
    expect(findCaseById(db, SEES_CONFIDENTIAL, c.id)).toBeNull();
    expect(db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, c.id)).all()).toHaveLength(0);
    const events = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.caseId, c.id))
      .all()
      .map((e) => e.action);
    expect(events).toEqual(expect.arrayContaining(["create", "archive", "delete"]));
  });
});

describe("deleting a case for good", () => {
  it("removes its confidential content from the audit trail (keeping who, when, which record and which fields) and from the files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-delete-"));
    const file = path.join(dir, "vigil.sqlite");
    const fileDb = openDatabase(file);
    try {
      runMigrations(fileDb);
      const admin = insertUser(fileDb, null, { email: "a@example.org", name: "Ada", role: "admin", passwordHash: "x" }).id;
      const c = insertCase(fileDb, admin, input);
      const marker = (kind: string) => `ERASEME${kind}QX`;
      const secretSource = addSourceToCase(
        fileDb,
        admin,
        c.id,
        sourceSchema.parse({ title: marker("SOURCE"), type: "other", confidential: true }),
      ).source;
      const publicSource = addSourceToCase(fileDb, admin, c.id, sourceSchema.parse({ title: "Public report", type: "news_report" })).source;
      const contact = insertPerson(
        fileDb,
        admin,
        personSchema.parse({ kind: "contact", name: marker("CONTACT"), caseId: String(c.id), confidential: true }),
      );
      const official = insertPerson(fileDb, admin, personSchema.parse({ kind: "official", name: "Open Official", office: "Minister" }));
      const ask = insertAsk(fileDb, admin, c.id, {
        official: { kind: "existing", id: official.id },
        text: marker("ASK"),
        channel: "call",
        madeOn: "2024-01-01",
        ownerId: admin,
        followUpOn: null,
        status: "made",
        confidential: true,
      });
      recordAskStatusChange(fileDb, admin, ask.id, "acknowledged", { text: marker("ASKNOTE"), confidential: true });
      insertOutcome(fileDb, admin, c.id, {
        type: "detention_change",
        occurredOn: "2024-01-02",
        description: marker("OUTCOME"),
        askId: null,
        sourceIds: [secretSource.id],
        moveCaseToReleased: false,
        confidential: true,
      });
      recordStatusChange(fileDb, admin, c.id, "released", { text: marker("STATUSNOTE"), confidential: true });
      fileDb
        .insert(caseNotes)
        .values({ caseId: c.id, body: marker("NOTE"), confidential: true, createdBy: admin })
        .run();
      archiveCase(fileDb, admin, c.id);
      const eventsBefore = fileDb.select().from(auditEvents).all().length;

      deleteArchivedCase(fileDb, admin, c.id, "Alaa Abd El-Fattah");

      const events = fileDb.select().from(auditEvents).all();
      expect(events.length).toBe(eventsBefore + 1);
      const redacted = events.filter((e) => e.redactedAt !== null);
      expect(redacted.length).toBeGreaterThanOrEqual(6);
      const sourceCreated = events.find((e) => e.entityType === "source" && e.entityId === secretSource.id && e.action === "create")!;
      expect(sourceCreated).toMatchObject({ actorId: admin, caseId: c.id });
      expect(JSON.parse(sourceCreated.details)).toEqual({ title: REDACTED, url: REDACTED, type: REDACTED, confidential: REDACTED });
      expect(events.find((e) => e.entityType === "person" && e.entityId === contact.id)?.redactedAt).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/,
      );
      // The public source stays, and so do the values of its events.
      expect(events.find((e) => e.entityType === "source" && e.entityId === publicSource.id && e.action === "create")?.details).toContain(
        "Public report",
      );
      expect(
        fileDb
          .select()
          .from(sources)
          .all()
          .map((s) => s.title),
      ).toEqual(["Public report"]);
      // A second redaction of the same event is refused by the database itself.
      expect(() =>
        fileDb.update(auditEvents).set({ details: "{}", redactedAt: "later" }).where(eq(auditEvents.id, sourceCreated.id)).run(),
      ).toThrow(/append-only/);

      // Read while the connection is still open, as a running server's files are.
      for (const suffix of ["", "-wal", "-shm"]) {
        const bytes = fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix) : Buffer.alloc(0);
        expect(bytes.includes("ERASEME"), `${path.basename(file + suffix)} still holds a deleted confidential value`).toBe(false);
      }
    } finally {
      if (fileDb.$client.open) fileDb.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("redacts a details object to the same fields", () => {
    expect(JSON.parse(redactDetails('{"note":"x","status":["a","b"]}'))).toEqual({ note: REDACTED, status: REDACTED });
    expect(redactDetails("not json")).toBe("{}");
  });
});
