import type { Db } from "../../db/client";
import { hashPassword } from "../password";
import { allowedNextStatuses, type CaseStatus } from "../../domain/case-status";
import { ASK_STATUSES } from "../../domain/ask-status";
import { ASK_CHANNELS } from "../../domain/schemas/ask";
import { OUTCOME_TYPES } from "../../domain/schemas/outcome";
import { SOURCE_TYPES } from "../../domain/schemas/source";
import { mergeSearchIndexes } from "../../db/search-index";
import { followSomeCases } from "./synthetic-follows";
import { isoDay, rng } from "./synthetic-random";

/**
 * Fills an empty, migrated database with a synthetic workspace for benchmarks: users,
 * officials, cases with status histories, sources linked to cases, asks with their moves,
 * and outcomes. Deterministic for a given seed. Case 1 is the "large case" (50 sources,
 * 30 asks) that benchmarks open. A tenth of the cases are restricted to a team (see
 * restrictSomeCases).
 */
export interface WorkspaceSize {
  cases: number;
  sources: number;
  asks: number;
  outcomes: number;
  users: number;
}

export const DEFAULT_SIZE: WorkspaceSize = { cases: 10_000, sources: 100_000, asks: 50_000, outcomes: 20_000, users: 5 };
export const SYNTHETIC_PASSWORD = "synthetic-workspace-password";

const FIRST = [
  "Amina",
  "Nguyễn",
  "Paul",
  "Nasrin",
  "Alaa",
  "Ahmed",
  "Maria",
  "Ilham",
  "Narges",
  "Leila",
  "Oleg",
  "Zhang",
  "Fatima",
  "Yusuf",
];
const LAST = [
  "Rusesabagina",
  "Văn Đài",
  "Sotoudeh",
  "Abd El-Fattah",
  "Mansoor",
  "Ressa",
  "Tohti",
  "Mohammadi",
  "Sentsov",
  "Wei",
  "Idris",
  "Kaya",
];
const COUNTRIES = [
  "Egypt",
  "Rwanda",
  "Iran",
  "Vietnam",
  "China",
  "Russia",
  "Turkey",
  "Saudi Arabia",
  "Belarus",
  "Ethiopia",
  "Bahrain",
  "Nicaragua",
];
const TAGS = ["journalist", "human rights defender", "arbitrary detention", "transnational repression", "lawyer", "student", "blogger"];
const WORDS = [
  "court",
  "hearing",
  "detention",
  "appeal",
  "prison",
  "visit",
  "release",
  "charges",
  "statement",
  "embassy",
  "minister",
  "trial",
];

export async function generateWorkspace(db: Db, size: WorkspaceSize, seed = 1): Promise<void> {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("Nothing to pick from: a synthetic workspace needs at least one user who can write.");
    return item;
  };
  const int = (n: number) => Math.floor(random() * n);
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sqlite = db.$client;
  const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
  const start = Date.UTC(2015, 0, 1);

  const insertUser = sqlite.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)");
  const insertPerson = sqlite.prepare(
    "INSERT INTO people (kind, name, office, institution, country, created_by) VALUES ('official', ?, ?, ?, ?, ?)",
  );
  const insertCase = sqlite.prepare(
    `INSERT INTO cases (slug, person_name, title, country, summary, tags, priority, status, arrest_date, arrest_place, place_held, charges,
       owner_id, created_by, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStatus = sqlite.prepare(
    "INSERT INTO case_status_changes (case_id, from_status, to_status, note, changed_by, changed_at, occurred_on) VALUES (?, ?, ?, ?, ?, ?, substr(?, 1, 10))",
  );
  const insertSource = sqlite.prepare(
    "INSERT INTO sources (title, outlet, url, normalized_url, published_on, type, excerpt, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const linkSource = sqlite.prepare("INSERT OR IGNORE INTO case_sources (case_id, source_id, linked_by) VALUES (?, ?, ?)");
  const insertAsk = sqlite.prepare(
    `INSERT INTO asks (case_id, official_id, office_at_time, text, channel, made_on, owner_id, follow_up_on, status, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAskMove = sqlite.prepare(
    "INSERT INTO ask_status_changes (ask_id, from_status, to_status, changed_by, occurred_on) VALUES (?, ?, ?, ?, ?)",
  );
  const insertOutcome = sqlite.prepare(
    "INSERT INTO outcomes (case_id, ask_id, type, occurred_on, description, created_by) VALUES (?, ?, ?, ?, ?, ?)",
  );

  sqlite.transaction(() => {
    const roles = ["admin", "campaigner", "campaigner", "campaigner", "viewer"];
    const userIds: number[] = [];
    for (let i = 0; i < size.users; i++) {
      const role = roles[i % roles.length];
      userIds.push(Number(insertUser.run(`${role}${i}@example.org`, `Synthetic ${role} ${i}`, role, passwordHash).lastInsertRowid));
    }
    const writers = userIds.filter((_, i) => roles[i % roles.length] !== "viewer");

    const officials: { id: number; office: string }[] = [];
    for (let i = 0; i < Math.max(10, Math.ceil(size.cases / 50)); i++) {
      const office = `Minister of ${pick(WORDS)} affairs`;
      officials.push({
        id: Number(
          insertPerson.run(`Official ${pick(FIRST)} ${pick(LAST)} ${i}`, office, "Government", pick(COUNTRIES), writers[0]).lastInsertRowid,
        ),
        office,
      });
    }

    for (let i = 1; i <= size.cases; i++) {
      const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
      const arrest = isoDay(start, int(3500));
      let status: CaseStatus = pick(["at_risk", "detained"] as const);
      const owner = pick(writers);
      const created = `${arrest}T09:00:00.000Z`;
      const id = Number(
        insertCase.run(
          `case-${i}`,
          name,
          `Case ${i}: ${sentence(5)}`,
          pick(COUNTRIES),
          sentence(30),
          JSON.stringify([pick(TAGS), pick(TAGS)]),
          pick(["low", "medium", "high", "urgent"]),
          status,
          arrest,
          pick(COUNTRIES),
          "Central prison",
          sentence(4),
          owner,
          owner,
          owner,
          created,
          created,
        ).lastInsertRowid,
      );
      insertStatus.run(id, null, status, "", owner, created, arrest);
      const moves = i === 1 ? 40 : int(4);
      for (let m = 0; m < moves; m++) {
        const next: CaseStatus = pick(allowedNextStatuses(status));
        const movedAt = `${isoDay(Date.parse(arrest), m * 20 + 1)}T10:00:00.000Z`;
        insertStatus.run(id, status, next, sentence(6), owner, movedAt, movedAt);
        status = next;
      }
      sqlite.prepare("UPDATE cases SET status = ? WHERE id = ?").run(status, id);
    }

    const caseFor = (k: number, large: number) => (k < large ? 1 : 2 + int(Math.max(1, size.cases - 1)));
    const sourceIds: number[] = [];
    for (let k = 0; k < size.sources; k++) {
      const url = random() < 0.8 ? `https://news.example.org/${k}` : null;
      const id = Number(
        insertSource.run(
          `Report ${k}: ${sentence(6)}`,
          `Outlet ${int(200)}`,
          url,
          url,
          isoDay(start, int(3600)),
          pick(SOURCE_TYPES),
          sentence(20),
          writers[0],
        ).lastInsertRowid,
      );
      sourceIds.push(id);
      linkSource.run(Math.min(caseFor(k, 50), size.cases), id, writers[0]);
    }

    const askIds: { id: number; caseId: number }[] = [];
    for (let k = 0; k < size.asks; k++) {
      const official = pick(officials);
      const caseId = Math.min(caseFor(k, 30), size.cases);
      const status = pick(ASK_STATUSES);
      const text = `Ask ${k}: ${sentence(10)}`;
      const channel = pick(ASK_CHANNELS);
      const madeOn = isoDay(start, int(3600));
      const id = Number(
        insertAsk.run(
          caseId,
          official.id,
          official.office,
          text,
          channel,
          madeOn,
          pick(writers),
          isoDay(start, int(4300)),
          status,
          writers[0],
        ).lastInsertRowid,
      );
      insertAskMove.run(id, null, status, writers[0], madeOn);
      askIds.push({ id, caseId });
    }

    for (let k = 0; k < size.outcomes; k++) {
      const ask = askIds.length ? askIds[k < 20 ? k : int(askIds.length)] : null;
      insertOutcome.run(
        ask?.caseId ?? 1,
        ask?.id ?? null,
        pick(OUTCOME_TYPES),
        isoDay(start, int(3600)),
        `Outcome ${k}: ${sentence(12)}`,
        writers[0],
      );
    }
  })();
  restrictSomeCases(db, size, seed);
  followSomeCases(db, size.cases, seed);
  // A bulk fill leaves each search index in many segments, as years of saves would. Merge
  // them as the server does when it starts, so what the bench times in its own process
  // (the search engine alone) reads the same indexes as the server.
  mergeSearchIndexes(db);
}

/** The user the benchmark signs in as: on some restricted cases' teams (case 1's among them), not on most. */
export const BENCH_USER_EMAIL = "campaigner1@example.org";

/**
 * Restricts every tenth case (chosen at random, case 1 always) to a team of 2-5 users, and
 * gives some of those teams a group as well, so a reader's visibility is decided by the team
 * tables and not by the 90% of open cases alone. Case 1 is restricted with the bench user on
 * its team, so the case page pays the team check. Drawn from its own random sequence after
 * the rest, so the cases, sources and asks are the same as a workspace without teams.
 */
function restrictSomeCases(db: Db, size: WorkspaceSize, seed: number): void {
  const random = rng(seed + 1);
  const int = (n: number) => Math.floor(random() * n);
  const sqlite = db.$client;
  const userIds = (sqlite.prepare("SELECT id FROM users ORDER BY id").all() as { id: number }[]).map((u) => u.id);
  const admin = userIds[0];
  if (admin === undefined || size.cases === 0) return;
  const benchUser = (sqlite.prepare("SELECT id FROM users WHERE email = ?").get(BENCH_USER_EMAIL) as { id: number } | undefined)?.id;
  const someUsers = (n: number) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, userIds.length)) chosen.add(userIds[int(userIds.length)]!);
    return [...chosen];
  };
  const insertGroup = sqlite.prepare("INSERT INTO user_groups (name, created_by) VALUES (?, ?)");
  const insertGroupMember = sqlite.prepare("INSERT OR IGNORE INTO user_group_members (group_id, user_id) VALUES (?, ?)");
  const restrict = sqlite.prepare("UPDATE cases SET restricted = 1 WHERE id = ?");
  const insertMember = sqlite.prepare("INSERT OR IGNORE INTO case_team_members (case_id, user_id, added_by) VALUES (?, ?, ?)");
  const insertTeamGroup = sqlite.prepare("INSERT OR IGNORE INTO case_team_groups (case_id, group_id, added_by) VALUES (?, ?, ?)");
  sqlite.transaction(() => {
    const groupIds: number[] = [];
    for (const [g, name] of ["Iran team", "Legal", "Gulf desk", "Press"].entries()) {
      const id = Number(insertGroup.run(name, admin).lastInsertRowid);
      // The bench user is in one group only, so some of the cases it sees come through a group.
      for (const userId of someUsers(3)) if (g === 0 || userId !== benchUser) insertGroupMember.run(id, userId);
      if (g === 0 && benchUser !== undefined) insertGroupMember.run(id, benchUser);
      groupIds.push(id);
    }
    for (let caseId = 1; caseId <= size.cases; caseId++) {
      if (caseId !== 1 && random() >= 0.1) continue;
      restrict.run(caseId);
      const team = someUsers(2 + int(4));
      if (caseId === 1 && benchUser !== undefined && !team.includes(benchUser)) team[0] = benchUser;
      for (const userId of team) insertMember.run(caseId, userId, admin);
      if (random() < 0.3) insertTeamGroup.run(caseId, groupIds[int(groupIds.length)]!, admin);
    }
  })();
}
