import type Database from "better-sqlite3";

/**
 * Keeps the result of a whole-workspace aggregate (counts by status, the choices the case
 * list's filters offer, the number of cases a filter matches) until the database is next
 * written. Those answers need a pass over every case, which at tens of thousands of cases
 * costs more than the rest of the page; they change only when something is written.
 *
 * "Written" is exact, not a timer: `total_changes()` counts every row this connection has
 * inserted, updated or deleted (triggers included), and `PRAGMA data_version` changes when
 * another connection (a script, a second server) commits. Either moving empties the cache.
 */
interface Entry {
  revision: string;
  values: Map<string, unknown>;
}

const MAX_ENTRIES = 200;
const caches = new WeakMap<Database.Database, Entry>();

function writeRevision(sqlite: Database.Database): string {
  const changes = sqlite.prepare("SELECT total_changes()").pluck().get() as number;
  const version = sqlite.pragma("data_version", { simple: true }) as number;
  return `${version}:${changes}`;
}

export function cachedUntilWrite<T>(sqlite: Database.Database, key: string, compute: () => T): T {
  const revision = writeRevision(sqlite);
  let entry = caches.get(sqlite);
  if (!entry || entry.revision !== revision) {
    entry = { revision, values: new Map() };
    caches.set(sqlite, entry);
  }
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  if (entry.values.size >= MAX_ENTRIES) entry.values.clear();
  entry.values.set(key, value);
  return value;
}
