import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { eq } from "drizzle-orm";
import { people, sources, caseSources, cases, caseTeamMembers } from "../schema";
import { insertUser } from "./users";
import { insertCase } from "./case-writes";
import type { CaseStatus } from "../../domain/case-status";
import type { Reader } from "../visibility";

/** A fresh in-memory database with a campaigner, a viewer and one case. */
export function setupDb(caseStatus: CaseStatus = "detained") {
  const db = openDatabase(":memory:");
  runMigrations(db);
  const campaigner = insertUser(db, null, { email: "c@example.org", name: "Carla", role: "campaigner", passwordHash: "x" });
  const viewer = insertUser(db, null, { email: "v@example.org", name: "Vic", role: "viewer", passwordHash: "x" });
  const kase = insertCase(db, campaigner.id, {
    personName: "Test Person",
    title: "Test case",
    country: "Rwanda",
    summary: "",
    tags: [],
    priority: "medium",
    status: caseStatus,
    arrestDate: null,
    arrestPlace: "",
    placeHeld: "",
    charges: "",
    sentence: "",
    sentenceDate: null,
  });
  return { db, campaigner, viewer, kase };
}

export function insertOfficial(db: Db, createdBy: number, name: string, office: string) {
  return db.insert(people).values({ kind: "official", name, office, createdBy }).returning().get();
}

export function insertLinkedSource(db: Db, caseId: number, userId: number, title: string, confidential = false) {
  const source = db.insert(sources).values({ title, type: "news", createdBy: userId, confidential }).returning().get();
  db.insert(caseSources).values({ caseId, sourceId: source.id, linkedBy: userId }).run();
  return source;
}

/** Readers for query tests: one who sees confidential items (a campaigner) and one who does not (a viewer). */
export const SEES_CONFIDENTIAL: Reader = { userId: 1, seesConfidential: true };
export const SEES_PUBLIC: Reader = { userId: 2, seesConfidential: false };

/** Marks the case restricted to these users, as the team editor would (without its audit trail). */
export function restrictCaseTo(db: Db, caseId: number, userIds: number[], addedBy: number) {
  db.update(cases).set({ restricted: true }).where(eq(cases.id, caseId)).run();
  for (const userId of userIds) db.insert(caseTeamMembers).values({ caseId, userId, addedBy }).onConflictDoNothing().run();
}
