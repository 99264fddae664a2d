import { describe, expect, it } from "vitest";
import { runMigrations } from "./migrate";
import { databaseBefore } from "./test/migrate-until";

describe("the migration to dated moves and citations", () => {
  it("dates an opening status by the arrest, later moves by when they were recorded, and keeps outcome sources as citations", () => {
    databaseBefore("0009", (db) => {
      const sqlite = db.$client;
      const run = (sql: string, ...args: unknown[]) => Number(sqlite.prepare(sql).run(...args).lastInsertRowid);
      const user = run("INSERT INTO users (email, name, role, password_hash) VALUES ('c@example.org', 'Carla', 'campaigner', 'x')");
      const kase = run(
        "INSERT INTO cases (slug, person_name, title, country, status, arrest_date, created_by, updated_by) VALUES ('p', 'P', 'T', 'Rwanda', 'sentenced', '2020-08-27', ?, ?)",
        user,
        user,
      );
      const atRisk = run(
        "INSERT INTO cases (slug, person_name, title, country, status, arrest_date, created_by, updated_by) VALUES ('q', 'Q', 'T', 'Rwanda', 'at_risk', '2020-01-01', ?, ?)",
        user,
        user,
      );
      const move = "INSERT INTO case_status_changes (case_id, from_status, to_status, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)";
      run(move, kase, null, "detained", user, "2024-05-01T10:00:00.000Z");
      run(move, kase, "detained", "sentenced", user, "2024-05-02T10:00:00.000Z");
      run(move, atRisk, null, "at_risk", user, "2024-05-03T10:00:00.000Z");
      const official = run("INSERT INTO people (kind, name, created_by) VALUES ('official', 'O', ?)", user);
      const ask = run(
        "INSERT INTO asks (case_id, official_id, text, channel, made_on, status, created_by) VALUES (?, ?, 'Raise it', 'letter', '2022-08-09', 'made', ?)",
        kase,
        official,
        user,
      );
      run(
        "INSERT INTO ask_status_changes (ask_id, from_status, to_status, changed_by, changed_at) VALUES (?, NULL, 'made', ?, '2024-06-01T00:00:00Z')",
        ask,
        user,
      );
      const source = run("INSERT INTO sources (title, type, created_by) VALUES ('Report', 'news', ?)", user);
      const outcome = run(
        "INSERT INTO outcomes (case_id, type, occurred_on, description, created_by) VALUES (?, 'statement', '2022-08-11', 'Said so', ?)",
        kase,
        user,
      );
      run("INSERT INTO outcome_sources (outcome_id, source_id) VALUES (?, ?)", outcome, source);

      runMigrations(db);

      const dates = sqlite.prepare("SELECT case_id, to_status, occurred_on FROM case_status_changes ORDER BY id").all();
      expect(dates).toEqual([
        { case_id: kase, to_status: "detained", occurred_on: "2020-08-27" },
        { case_id: kase, to_status: "sentenced", occurred_on: "2024-05-02" },
        { case_id: atRisk, to_status: "at_risk", occurred_on: "2024-05-03" },
      ]);
      expect(sqlite.prepare("SELECT occurred_on FROM ask_status_changes").get()).toEqual({ occurred_on: "2022-08-09" });
      expect(sqlite.prepare("SELECT case_id, claim, subject_id, source_id, linked_by FROM citations").all()).toEqual([
        { case_id: kase, claim: "outcome", subject_id: outcome, source_id: source, linked_by: user },
      ]);
    });
  });
});
