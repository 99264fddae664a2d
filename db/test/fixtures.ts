import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { insertUser } from "../queries/users";
import { insertCase } from "../queries/case-writes";
import type { CreateCaseInput } from "../../domain/schemas/case";

/** A fresh in-memory database with one account of each role. */
export function testDatabase() {
  const db: Db = openDatabase(":memory:");
  runMigrations(db);
  const user = (role: "admin" | "campaigner" | "viewer") =>
    insertUser(db, null, { email: `${role}@test.example`, name: `Test ${role}`, role, passwordHash: "x" });
  const admin = user("admin");
  const campaigner = user("campaigner");
  const viewer = user("viewer");
  return { db, admin, campaigner, viewer };
}

export function testCase(db: Db, actorId: number, personName: string, extra: Partial<CreateCaseInput> = {}) {
  return insertCase(db, actorId, {
    personName,
    title: `Case of ${personName}`,
    country: "Rwanda",
    summary: "",
    tags: [],
    priority: "medium",
    status: "detained",
    arrestDate: null,
    arrestPlace: "",
    placeHeld: "",
    charges: "",
    sentence: "",
    sentenceDate: null,
    ...extra,
  });
}
