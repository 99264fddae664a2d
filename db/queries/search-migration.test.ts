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

  it("is rebuilt with the Arabic-script folding, the names in two scripts and the move notes", () => {
    databaseBefore("0010", (db) => {
      const sqlite = db.$client;
      const userId = sqlite
        .prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('c@example.org', 'Carla', 'campaigner', 'x')")
        .run().lastInsertRowid;
      const caseId = Number(
        sqlite
          .prepare(
            `INSERT INTO cases (slug, person_name, native_name, aliases, title, country, status, created_by, updated_by)
             VALUES ('karimi', 'Ali Karimi', 'علی کریمی', '["Ali K."]', 'Case', 'Iran', 'detained', ?, ?)`,
          )
          .run(userId, userId).lastInsertRowid,
      );
      const changeId = Number(
        sqlite
          .prepare(
            "INSERT INTO case_status_changes (case_id, from_status, to_status, note, changed_by, occurred_on) VALUES (?, 'detained', 'charged', 'Charged in Evin', ?, '2024-01-01')",
          )
          .run(caseId, userId).lastInsertRowid,
      );
      const officialId = sqlite
        .prepare("INSERT INTO people (kind, name, created_by) VALUES ('official', 'Envoy', ?)")
        .run(userId).lastInsertRowid;
      const askId = sqlite
        .prepare("INSERT INTO asks (case_id, official_id, text, channel, status, created_by) VALUES (?, ?, 'Visit', 'letter', 'made', ?)")
        .run(caseId, officialId, userId).lastInsertRowid;
      const moveId = Number(
        sqlite
          .prepare(
            "INSERT INTO ask_status_changes (ask_id, from_status, to_status, note, changed_by, occurred_on) VALUES (?, 'made', 'acknowledged', 'Reply from Tehran', ?, '2024-01-02')",
          )
          .run(askId, userId).lastInsertRowid,
      );
      // Before the rebuild, the Persian spelling is found only as typed.
      const indexed = (word: string) =>
        sqlite.prepare("SELECT rowid FROM search_cases WHERE search_cases MATCH ?").pluck().all(`"${word}"`);
      expect(indexed("Ali")).toEqual([caseId]);
      expect(indexed("علي")).toEqual([]);
      runMigrations(db);
      expect(ids(searchRecords(db, all, "علي كريمي"), "case")).toEqual([caseId]);
      expect(ids(searchRecords(db, all, "Ali K"), "case")).toEqual([caseId]);
      expect(ids(searchRecords(db, all, "Evin"), "status_note")).toEqual([changeId]);
      expect(ids(searchRecords(db, all, "Tehran"), "ask_move_note")).toEqual([moveId]);
      // The rebuilt indexes remove a deleted record's words at once, as the first ones did.
      for (const index of ["search_cases", "search_status_notes", "search_ask_move_notes"])
        expect(sqlite.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1);
    });
  });
});
