import type { Db } from "../../db/client";
import { isoDay, rng } from "./synthetic-random";

/**
 * Owners watch their cases, and every user has a year's notices: one for every 20 cases,
 * of every kind, a third unread, some about restricted cases they are not on the team of,
 * so the inbox and the bell pay for the visibility checks.
 * Drawn from its own random sequence, after the rest.
 */
export function followSomeCases(db: Db, cases: number, seed: number): void {
  const random = rng(seed + 2);
  const int = (n: number) => Math.floor(random() * n);
  const sqlite = db.$client;
  if (cases === 0) return;
  const userIds = (sqlite.prepare("SELECT id FROM users ORDER BY id").all() as { id: number }[]).map((u) => u.id);
  const asks = sqlite.prepare("SELECT id, case_id AS caseId FROM asks ORDER BY id").all() as { id: number; caseId: number }[];
  const outcomes = sqlite.prepare("SELECT id, case_id AS caseId FROM outcomes ORDER BY id").all() as { id: number; caseId: number }[];
  const insert = sqlite.prepare(
    "INSERT INTO notifications (user_id, case_id, kind, subject_id, status, actor_id, created_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  sqlite.transaction(() => {
    sqlite
      .prepare("INSERT OR IGNORE INTO case_watchers (case_id, user_id) SELECT id, owner_id FROM cases WHERE owner_id IS NOT NULL")
      .run();
    const perUser = Math.ceil(cases / 20);
    for (const userId of userIds) {
      for (let k = 0; k < perUser; k++) {
        const kind = (["assigned", "status", "ask", "outcome"] as const)[int(4)]!;
        const subject =
          kind === "ask" && asks.length
            ? asks[int(asks.length)]!
            : kind === "outcome" && outcomes.length
              ? outcomes[int(outcomes.length)]!
              : null;
        const caseId = subject?.caseId ?? 1 + int(cases);
        const at = `${isoDay(Date.parse("2026-01-01"), Math.floor((k * 330) / perUser))}T10:00:00.000Z`;
        const actor = userIds[int(userIds.length)]!;
        insert.run(
          userId,
          caseId,
          kind,
          subject?.id ?? null,
          kind === "status" ? "detained" : null,
          actor,
          at,
          random() < 0.66 ? at : null,
        );
      }
    }
  })();
}
