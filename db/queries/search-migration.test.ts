import { describe, expect, it } from "vitest";
import type { SearchKind } from "../../domain/search-query";
import { runMigrations } from "../migrate";
import { databaseBefore } from "../test/migrate-until";
import type { Reader } from "../visibility";
import { searchRecords } from "./search";

const ids = (results: ReturnType<typeof searchRecords>, kind: SearchKind) => results[kind].map((hit) => hit.id);
const all: Reader = { userId: 1, seesConfidential: true };

describe("the search index", () => {
  it("is filled from the records already there when the migration runs", () => {
    // Apply the migrations before the search index, write records, then migrate the rest.
    databaseBefore("0003", (db) => {
      // Written in SQL of the schema as it stood then: the app's own inserts follow today's schema.
      const sqlite = db.$client;
      const userId = sqlite
        .prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('c@example.org', 'Carla', 'campaigner', 'x')")
        .run().lastInsertRowid;
      const caseId = Number(
        sqlite
          .prepare(
            "INSERT INTO cases (slug, person_name, title, country, status, created_by, updated_by) VALUES ('doan', 'Đoàn Thị Existing', 'Case', 'Viet Nam', 'detained', ?, ?)",
          )
          .run(userId, userId).lastInsertRowid,
      );
      sqlite.prepare("INSERT INTO people (kind, name, created_by) VALUES ('official', 'Existing Official', ?)").run(userId);
      runMigrations(db);
      expect(ids(searchRecords(db, all, "doan exist"), "case")).toEqual([caseId]);
      expect(searchRecords(db, all, "Existing Official").person).toHaveLength(1);
    });
  });
});
