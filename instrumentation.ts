// Runs once when the server starts: bring the database schema up to date before the
// first request, so a deployment never serves pages against an old schema, and merge
// search indexes that many saves have split up (db/search-index.ts), while no one waits.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDb } = await import("./db/client");
    const { runMigrations } = await import("./db/migrate");
    const { mergeSearchIndexes } = await import("./db/search-index");
    runMigrations(getDb());
    try {
      const merged = mergeSearchIndexes(getDb());
      if (merged.length > 0) {
        const seconds = merged.reduce((sum, m) => sum + m.ms, 0) / 1000;
        console.log(`Merged the search indexes of ${merged.map((m) => m.index).join(", ")} in ${seconds.toFixed(1)} s.`);
      }
    } catch (error) {
      // Only speed is at stake (say, another process held the database too long): serve anyway.
      console.warn("Could not merge the search indexes; search works, a little slower:", error instanceof Error ? error.message : error);
    }
  }
}
