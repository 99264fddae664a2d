import { sql } from "drizzle-orm";

// Timestamps are ISO-8601 UTC strings and calendar dates are YYYY-MM-DD strings:
// both sort correctly as text, which the timeline and history views rely on.
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
