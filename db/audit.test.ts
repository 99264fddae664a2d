import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "./client";
import { runMigrations } from "./migrate";
import { recordAudit } from "./audit";
import { auditEvents } from "./schema";
import { insertUser } from "./queries/users";

let db: Db;

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  const admin = insertUser(db, null, { email: "a@example.org", name: "A", role: "admin", passwordHash: "x" });
  recordAudit(db, { actorId: admin.id, action: "export", entityType: "case", entityId: 1, details: { format: "pdf" } });
});

describe("audit_events is append-only", () => {
  it("accepts new events", () => {
    expect(db.select().from(auditEvents).all()).toHaveLength(2);
  });

  it("refuses UPDATE, through drizzle and in raw SQL", () => {
    expect(() => db.update(auditEvents).set({ action: "nothing" }).where(eq(auditEvents.action, "export")).run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("UPDATE audit_events SET details = '{}'").run()).toThrow(/append-only/);
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "export")).get()?.details).toBe('{"format":"pdf"}');
  });

  it("refuses DELETE, of one event or all", () => {
    expect(() => db.delete(auditEvents).where(eq(auditEvents.action, "export")).run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("DELETE FROM audit_events").run()).toThrow(/append-only/);
    expect(db.select().from(auditEvents).all()).toHaveLength(2);
  });
});
