import type { Db } from "./client";

/**
 * Builds a query once per connection and hands back the prepared query after that.
 *
 * Drizzle turns a query builder into SQL on every call, and for a select of a wide table
 * that costs more than running it (about 0.13 ms for a case by id, against 0.01 ms to
 * run it prepared). The queries every page runs (the signed-in user, the case, its
 * counts) are therefore prepared once with `sql.placeholder()` for their parameters.
 */
export function preparedPerConnection<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const byConnection = new WeakMap<Db, Query>();
  return (db) => {
    let query = byConnection.get(db);
    if (!query) {
      query = build(db);
      byConnection.set(db, query);
    }
    return query;
  };
}
