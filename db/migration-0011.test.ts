import { describe, expect, it } from "vitest";
import { runMigrations } from "./migrate";
import { databaseBefore } from "./test/migrate-until";

describe("the migration to listed countries", () => {
  it("gives each country that names one on the list its code and name, and keeps the rest for an admin to fix", () => {
    databaseBefore("0011", (db) => {
      const sqlite = db.$client;
      const user = Number(
        sqlite.prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('c@example.org', 'Carla', 'campaigner', 'x')").run()
          .lastInsertRowid,
      );
      const typed = [
        "Iran",
        "iran ",
        "Islamic Republic of Iran",
        "Russia",
        "Viet Nam",
        "Vietnam",
        "Burma",
        "UK",
        "USA",
        "Türkiye",
        "Atlantis",
        "Congo",
      ];
      const insert = sqlite.prepare(
        "INSERT INTO cases (slug, person_name, title, country, status, created_by, updated_by) VALUES (?, 'P', 'T', ?, 'detained', ?, ?)",
      );
      for (const [i, country] of typed.entries()) insert.run(`case-${i}`, country, user, user);

      runMigrations(db);

      const rows = sqlite.prepare("SELECT country, country_code AS code FROM cases ORDER BY id").all();
      expect(rows).toEqual([
        { country: "Iran", code: "IR" },
        { country: "Iran", code: "IR" },
        { country: "Iran", code: "IR" },
        { country: "Russian Federation", code: "RU" },
        { country: "Vietnam", code: "VN" },
        { country: "Vietnam", code: "VN" },
        { country: "Myanmar", code: "MM" },
        { country: "United Kingdom", code: "GB" },
        { country: "United States", code: "US" },
        { country: "Türkiye", code: "TR" },
        { country: "Atlantis", code: null },
        // Two countries are called Congo: a person says which.
        { country: "Congo", code: null },
      ]);
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'country_spellings'").get()).toBeUndefined();
    });
  });
});
