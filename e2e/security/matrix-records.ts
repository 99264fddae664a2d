import type Database from "better-sqlite3";

/**
 * Records the matrix arranges directly in its database, so each server action is sent
 * arguments that name a record in the state the action needs (a case to archive, an
 * archived case to delete, an ask that can still move) whatever ran before it. Inserted
 * as plain rows with the columns' defaults; the search triggers index them as usual.
 */

let serial = 0;
/** Unique within the matrix database, across runs on the same server too. */
export function unique(): string {
  return `${Date.now().toString(36)}-${++serial}`;
}

export function userIdByEmail(db: Database.Database, email: string): number {
  const row = db.prepare("SELECT id FROM users WHERE email = ?").get(email) as { id: number } | undefined;
  if (!row) throw new Error(`The matrix database has no account ${email}.`);
  return row.id;
}

/** The demo campaigner: the author of every arranged record. */
function author(db: Database.Database): number {
  return userIdByEmail(db, "campaigner@example.org");
}

export interface CaseRecord {
  id: number;
  personName: string;
  nativeName: string;
  aliases: string[];
  title: string;
  country: string;
  countryCode: string | null;
  summary: string;
  tags: string[];
  priority: "low" | "medium" | "high" | "urgent";
  status: string;
  arrestDate: string | null;
  arrestPlace: string;
  placeHeld: string;
  charges: string;
  sentence: string;
  sentenceDate: string | null;
  version: number;
}

export function readCase(db: Database.Database, id: number): CaseRecord {
  const row = db
    .prepare(
      `SELECT id, person_name AS personName, native_name AS nativeName, aliases, title, country, country_code AS countryCode, summary, tags, priority, status, arrest_date AS arrestDate,
              arrest_place AS arrestPlace, place_held AS placeHeld, charges, sentence, sentence_date AS sentenceDate, version
       FROM cases WHERE id = ?`,
    )
    .get(id) as Omit<CaseRecord, "tags" | "aliases"> & { tags: string; aliases: string };
  return { ...row, tags: JSON.parse(row.tags) as string[], aliases: JSON.parse(row.aliases) as string[] };
}

export function insertCase(db: Database.Database, { archived = false } = {}): CaseRecord {
  const by = author(db);
  const suffix = unique();
  const { id } = db
    .prepare(
      `INSERT INTO cases (slug, person_name, title, country, country_code, status, owner_id, created_by, updated_by, archived_at)
       VALUES (?, ?, 'Arranged by the authorisation matrix', 'Rwanda', 'RW', 'detained', ?, ?, ?, ?) RETURNING id`,
    )
    .get(`matrix-case-${suffix}`, `Matrix Case ${suffix}`, by, by, by, archived ? new Date().toISOString() : null) as { id: number };
  db.prepare(
    "INSERT INTO case_status_changes (case_id, from_status, to_status, changed_by, occurred_on) VALUES (?, NULL, 'detained', ?, date('now'))",
  ).run(id, by);
  return readCase(db, id);
}

export interface AskRecord {
  id: number;
  caseId: number;
  text: string;
  channel: string;
  madeOn: string | null;
  ownerId: number | null;
  followUpOn: string | null;
  officeAtTime: string;
  status: string;
  version: number;
}

/** The newest official in the directory (the demo workspace has two). */
export function anOfficialId(db: Database.Database): number {
  const row = db.prepare("SELECT id FROM people WHERE kind = 'official' ORDER BY id DESC LIMIT 1").get() as { id: number } | undefined;
  if (!row) throw new Error("The matrix database has no official to address an ask to.");
  return row.id;
}

export function insertAsk(db: Database.Database, caseId: number): AskRecord {
  const by = author(db);
  const madeOn = new Date().toISOString().slice(0, 10);
  const { id } = db
    .prepare(
      `INSERT INTO asks (case_id, official_id, text, channel, made_on, owner_id, status, created_by)
       VALUES (?, ?, 'Arranged by the authorisation matrix', 'letter', ?, ?, 'made', ?) RETURNING id`,
    )
    .get(caseId, anOfficialId(db), madeOn, by, by) as { id: number };
  db.prepare("INSERT INTO ask_status_changes (ask_id, from_status, to_status, changed_by, occurred_on) VALUES (?, NULL, 'made', ?, ?)").run(
    id,
    by,
    madeOn,
  );
  return db
    .prepare(
      `SELECT id, case_id AS caseId, text, channel, made_on AS madeOn, owner_id AS ownerId, follow_up_on AS followUpOn,
              office_at_time AS officeAtTime, status, version
       FROM asks WHERE id = ?`,
    )
    .get(id) as AskRecord;
}

export interface SourceRecord {
  id: number;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: string | null;
  type: string;
  excerpt: string;
  notes: string;
  confidential: boolean;
  version: number;
}

export function insertSource(db: Database.Database, { linkedTo }: { linkedTo?: number | number[] } = {}): SourceRecord {
  const by = author(db);
  const { id } = db
    .prepare("INSERT INTO sources (title, type, created_by) VALUES (?, 'news_report', ?) RETURNING id")
    .get(`Matrix source ${unique()}`, by) as { id: number };
  for (const caseId of linkedTo === undefined ? [] : [linkedTo].flat()) {
    db.prepare("INSERT INTO case_sources (case_id, source_id, linked_by) VALUES (?, ?, ?)").run(caseId, id, by);
  }
  const row = db
    .prepare(
      `SELECT id, title, outlet, url, published_on AS publishedOn, type, excerpt, notes, confidential, version
       FROM sources WHERE id = ?`,
    )
    .get(id) as Omit<SourceRecord, "confidential"> & { confidential: number };
  return { ...row, confidential: row.confidential === 1 };
}

export interface PersonRecord {
  id: number;
  kind: "official" | "organisation" | "contact";
  name: string;
  office: string;
  institution: string;
  country: string;
  notes: string;
  caseId: number | null;
  confidential: boolean;
  version: number;
}

export function insertOfficial(db: Database.Database): PersonRecord {
  const { id } = db
    .prepare("INSERT INTO people (kind, name, created_by) VALUES ('official', ?, ?) RETURNING id")
    .get(`Matrix Official ${unique()}`, author(db)) as { id: number };
  const row = db
    .prepare(
      "SELECT id, kind, name, office, institution, country, notes, case_id AS caseId, confidential, version FROM people WHERE id = ?",
    )
    .get(id) as Omit<PersonRecord, "confidential"> & { confidential: number };
  return { ...row, confidential: row.confidential === 1 };
}

export interface UserRecord {
  id: number;
  email: string;
  role: "admin" | "campaigner" | "viewer";
  active: boolean;
}

/**
 * An account for the user-management actions to act on, so they never change the demo
 * accounts the matrix signs in with. It cannot sign in: its hash matches no password.
 */
export function insertCampaigner(db: Database.Database): UserRecord {
  const email = `matrix-account-${unique()}@example.org`;
  db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, 'Matrix Account', 'campaigner', '!')").run(email);
  const row = db.prepare("SELECT id, email, role, active FROM users WHERE email = ?").get(email) as Omit<UserRecord, "active"> & {
    active: number;
  };
  return { ...row, active: row.active === 1 };
}

/** An open session of a user, as signing in from another browser records it; returns its id. */
export function insertSessionRow(db: Database.Database, userId: number): string {
  const id = crypto.randomUUID();
  db.prepare("INSERT INTO user_sessions (id, user_id, user_agent, new_browser) VALUES (?, ?, 'Matrix Browser', 1)").run(id, userId);
  return id;
}

/** An unread notice to a user about a case they can see (a status change by the demo campaigner); returns its id. */
export function insertNotification(db: Database.Database, userId: number): number {
  const kase = insertCase(db);
  const { id } = db
    .prepare("INSERT INTO notifications (user_id, case_id, kind, status, actor_id) VALUES (?, ?, 'status', 'detained', ?) RETURNING id")
    .get(userId, kase.id, author(db)) as { id: number };
  return id;
}
