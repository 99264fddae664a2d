// Runs once when the server starts: bring the database schema up to date before the
// first request, so a deployment never serves pages against an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDb } = await import("./db/client");
    const { runMigrations } = await import("./db/migrate");
    runMigrations(getDb());
  }
}
