import type Database from "better-sqlite3";

/** How many compiled statements one connection keeps; pages use a few dozen distinct ones. */
const STATEMENT_CACHE_SIZE = 300;

/**
 * Keeps the connection's compiled statements, by SQL text, and hands them out again.
 *
 * better-sqlite3 compiles the SQL on every `prepare()`, and drizzle calls `prepare()` for
 * every query it runs, so a page that reads a case, its counts and its history compiled the
 * same statements on every visit (a tenth of a case page's server time under load).
 * SQLite recompiles a kept statement by itself if the schema changes under it.
 *
 * A kept statement is handed out in its default mode (objects, not raw rows, plucked
 * values or expanded tables), since drizzle and the scripts switch modes per use; one that
 * is still being iterated is not shared: the caller gets a fresh one.
 */
export function keepCompiledStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      // Map order is the recency order: the first key is the least recently used.
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.pluck(false).expand(false).raw(false);
      return statement;
    }
    const compiled = compile(source);
    if (!statement) {
      kept.set(source, compiled);
      if (kept.size > size) kept.delete(kept.keys().next().value!);
    }
    return compiled;
  }) as Database.Database["prepare"];
}
