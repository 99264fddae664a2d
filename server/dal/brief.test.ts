import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";

// The data layer uses the process-wide database: point it at a fresh in-memory one.
process.env.DATABASE_PATH = ":memory:";

import { getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { auditEvents, cases, people } from "@/db/schema";
import { seedLargeBriefCase } from "@/db/queries/brief-fixture";
import { loadBriefData } from "@/db/queries/brief";
import { PermissionError, type Actor } from "@/domain/permissions";
import { DomainRuleError, MissingGlyphsError, NotFoundError } from "@/domain/errors";
import { exportCaseBrief, listBriefOfficials } from "./brief";
import { getCaseHistory } from "./audit";
import { readerFor } from "@/db/visibility";
import { at } from "@/domain/test-helpers";

let caseId: number;
let officialId: number;
let campaigner: Actor;
const viewer = (): Actor => ({ id: campaigner.id, name: "Vera Viewer", email: "v@example.org", role: "viewer" });

beforeAll(() => {
  const db = getDb();
  runMigrations(db);
  const seeded = seedLargeBriefCase(db);
  caseId = seeded.caseId;
  officialId = seeded.officialId;
  campaigner = { id: seeded.userId, name: "Bench User", email: "b@example.org", role: "campaigner" };
});

describe("loadBriefData", () => {
  it("reads the case's sources (case and outcome links), asks with their history, outcomes, notes and contacts", () => {
    const data = loadBriefData(getDb(), readerFor(campaigner), caseId)!;
    expect(data.caseSourceIds).toHaveLength(30);
    // Outcomes also cite sources not linked to the case itself.
    expect(data.sources.length).toBeGreaterThan(30);
    expect(data.sources.some((s) => s.confidential)).toBe(true);
    expect(data.asks).toHaveLength(30);
    expect(data.asks.every((a) => a.changes.length >= 1)).toBe(true);
    expect(data.outcomes).toHaveLength(20);
    expect(data.outcomes.every((o) => o.sourceIds.length === 2)).toBe(true);
    expect(data.statusChanges).toHaveLength(40);
    expect(data.notes.map((n) => n.confidential)).toEqual([false, true]);
    expect(data.contacts.map((c) => c.confidential).sort()).toEqual([false, true]);
    expect(loadBriefData(getDb(), readerFor(campaigner), 999_999)).toBeNull();
  });

  it("reads nothing confidential for the version without confidential items, nor cites a hidden source", () => {
    const data = loadBriefData(getDb(), readerFor(campaigner, { withoutConfidential: true }), caseId)!;
    const full = loadBriefData(getDb(), readerFor(campaigner), caseId)!;
    expect(data.sources.some((s) => s.confidential)).toBe(false);
    expect(data.sources.length).toBeLessThan(full.sources.length);
    expect(data.notes.map((n) => n.confidential)).toEqual([false]);
    expect(data.contacts.map((c) => c.confidential)).toEqual([false]);
    const shown = new Set(data.sources.map((s) => s.id));
    expect(data.caseSourceIds.length).toBeGreaterThan(0);
    expect(data.outcomes.flatMap((o) => o.sourceIds).length).toBeGreaterThan(0);
    expect(data.caseSourceIds.every((id) => shown.has(id))).toBe(true);
    expect(data.outcomes.flatMap((o) => o.sourceIds).every((id) => shown.has(id))).toBe(true);
    // A viewer reads exactly what the campaigner's version without confidential items holds.
    expect(loadBriefData(getDb(), readerFor(viewer()), caseId)).toEqual(data);
  });
});

describe("exportCaseBrief", { timeout: 60_000 }, () => {
  it("refuses the confidential version to a viewer but gives the default one", async () => {
    await expect(exportCaseBrief(viewer(), caseId, { format: "pdf", official: null, includeConfidential: true })).rejects.toBeInstanceOf(
      PermissionError,
    );
    const file = await exportCaseBrief(viewer(), caseId, { format: "pdf", official: null, includeConfidential: false });
    expect(file.contentType).toBe("application/pdf");
    expect(file.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuses anonymous callers, unknown cases and people who are not officials", async () => {
    await expect(exportCaseBrief(null, caseId, { format: "pdf", official: null, includeConfidential: false })).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(
      exportCaseBrief(campaigner, 999_999, { format: "pdf", official: null, includeConfidential: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const contact = getDb().select({ id: people.id }).from(people).where(eq(people.kind, "contact")).get()!;
    await expect(
      exportCaseBrief(campaigner, caseId, { format: "pdf", official: contact.id, includeConfidential: false }),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });

  it("offers and accepts a confidential official for a meeting only in the version with confidential items", async () => {
    const db = getDb();
    const secret = db
      .insert(people)
      .values({ kind: "official", name: "Quiet Envoy", office: "Special envoy", confidential: true, createdBy: campaigner.id })
      .returning()
      .get();
    const names = (officials: ReturnType<typeof listBriefOfficials>) => [...officials.withAsks, ...officials.others].map((o) => o.name);
    expect(names(listBriefOfficials(viewer(), caseId))).not.toContain("Quiet Envoy");
    expect(names(listBriefOfficials(campaigner, caseId))).toContain("Quiet Envoy");
    const ask = { format: "pdf" as const, official: secret.id };
    await expect(exportCaseBrief(viewer(), caseId, { ...ask, includeConfidential: false })).rejects.toThrow(/does not exist/);
    await expect(exportCaseBrief(campaigner, caseId, { ...ask, includeConfidential: false })).rejects.toThrow(
      /must include confidential items/,
    );
    const file = await exportCaseBrief(campaigner, caseId, { ...ask, includeConfidential: true });
    expect(file.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const exported = db.select().from(auditEvents).where(eq(auditEvents.action, "export")).all().at(-1)!;
    expect(exported.confidential).toBe(true);
    db.delete(people).where(eq(people.id, secret.id)).run(); // the other tests count the case's officials
  });

  it("names the file after the case and records the export in the audit trail", async () => {
    const file = await exportCaseBrief(
      campaigner,
      caseId,
      { format: "docx", official: officialId, includeConfidential: true },
      "2026-11-27",
    );
    expect(file.fileName).toMatch(/^paul-rusesabagina-[a-z0-9]+-brief-2026-11-27-CONFIDENTIAL\.docx$/);
    expect(file.body.subarray(0, 2).toString("latin1")).toBe("PK");
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).all();
    const last = at(events, -1);
    expect(last).toMatchObject({ action: "export", entityType: "case_brief", actorId: campaigner.id, confidential: true });
    const official = getDb().select().from(people).where(eq(people.id, officialId)).get()!.name;
    expect(JSON.parse(last.details)).toEqual({ format: "docx", confidential: true, officialId, official, fileName: file.fileName });
    // Who exported the confidential version, and for whom, is itself kept from viewers.
    const seen = (actor: Actor) => getCaseHistory(actor, caseId, 1000).events.map((e) => e.id);
    expect(seen(campaigner)).toContain(last.id);
    expect(seen(viewer())).not.toContain(last.id);
  });

  it("records the version without confidential items under its own name, visible to viewers", async () => {
    const file = await exportCaseBrief(viewer(), caseId, { format: "pdf", official: null, includeConfidential: false }, "2026-11-27");
    expect(file.fileName).toMatch(/^paul-rusesabagina-[a-z0-9]+-brief-2026-11-27\.pdf$/);
    const last = at(getDb().select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).all(), -1);
    expect(last.confidential).toBe(false);
    expect(JSON.parse(last.details)).toEqual({
      format: "pdf",
      confidential: false,
      officialId: null,
      official: null,
      fileName: file.fileName,
    });
    expect(getCaseHistory(viewer(), caseId, 1000).events.map((e) => e.id)).toContain(last.id);
  });

  it("offers first the officials with asks on the case", () => {
    const { withAsks, others } = listBriefOfficials(campaigner, caseId);
    expect(withAsks).toHaveLength(6);
    expect(others).toHaveLength(0);
    expect(() => listBriefOfficials(null, caseId)).toThrow(PermissionError);
  });

  it("names the characters a PDF cannot draw before anything is downloaded, and exports anyway only when asked", async () => {
    const db = getDb();
    const { summary } = db.select({ summary: cases.summary }).from(cases).where(eq(cases.id, caseId)).get()!;
    db.update(cases)
      .set({ summary: `${summary} 😀` })
      .where(eq(cases.id, caseId))
      .run();
    try {
      const input = { format: "pdf", official: null, includeConfidential: false } as const;
      const refused = exportCaseBrief(campaigner, caseId, input);
      await expect(refused).rejects.toBeInstanceOf(MissingGlyphsError);
      await expect(refused).rejects.toThrow(/😀 \(U\+1F600, in Summary\)/);
      const pdf = await exportCaseBrief(campaigner, caseId, { ...input, allowMissingGlyphs: true });
      expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
      // Word draws with the reader's fonts, so it is not held back.
      const docx = await exportCaseBrief(campaigner, caseId, { ...input, format: "docx" });
      expect(docx.body.length).toBeGreaterThan(0);
    } finally {
      db.update(cases).set({ summary }).where(eq(cases.id, caseId)).run();
    }
  });
});
