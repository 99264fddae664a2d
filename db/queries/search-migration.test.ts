import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import type { SearchKind } from "../../domain/search-query";
import { openDatabase } from "../client";
import { runMigrations } from "../migrate";
import type { Reader } from "../visibility";
import { searchRecords } from "./search";

const ids = (results: ReturnType<typeof searchRecords>, kind: SearchKind) => results[kind].map((hit) => hit.id);
const all: Reader = { userId: 1, seesConfidential: true };

describe("the search index", () => {
  it("is filled from the records already there when the migration runs", () => {
    // Apply the migrations before the search index, write records, then migrate the rest.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-search-migration-"));
    try {
      const source = path.join(process.cwd(), "drizzle");
      fs.mkdirSync(path.join(dir, "meta"));
      const journal = JSON.parse(fs.readFileSync(path.join(source, "meta", "_journal.json"), "utf8"));
      const earlier = journal.entries.filter((e: { tag: string }) => e.tag < "0003");
      for (const entry of earlier) fs.copyFileSync(path.join(source, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
      fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: earlier }));
      const db = openDatabase(":memory:");
      migrate(db, { migrationsFolder: dir });
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
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
