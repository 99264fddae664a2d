import { eq } from "drizzle-orm";
import { cases } from "../schema";
import { insertAsk, recordAskStatusChange } from "../queries/asks";
import { recordStatusChange } from "../queries/case-writes";
import { insertOutcome } from "../queries/outcomes";
import { insertLinkedSource, insertOfficial, setupDb } from "../queries/test-fixtures";

/** A case with something of every timeline kind: arrest, sentence, a status change, two sources (one confidential), an ask with a move, and an outcome. */
export function caseWithRecord() {
  const fixture = setupDb("detained");
  const { db, campaigner, kase } = fixture;
  db.update(cases)
    .set({ arrestDate: "2020-08-27", arrestPlace: "Kigali airport", sentenceDate: "2021-09-20", sentence: "25 years" })
    .where(eq(cases.id, kase.id))
    .run();
  recordStatusChange(db, campaigner.id, kase.id, "sentenced", "Verdict read out in court", "2021-09-20T10:00:00.000Z");
  insertLinkedSource(db, kase.id, campaigner.id, "Verdict reported");
  insertLinkedSource(db, kase.id, campaigner.id, "Letter from prison", true);
  const official = insertOfficial(db, campaigner.id, "Antony Blinken", "Secretary of State");
  const ask = insertAsk(db, campaigner.id, kase.id, {
    official: { kind: "existing", id: official.id },
    text: "Raise his release with President Kagame",
    channel: "meeting",
    status: "made",
    madeOn: "2022-03-01",
    ownerId: campaigner.id,
    followUpOn: null,
  });
  recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "Promised to raise it");
  insertOutcome(db, campaigner.id, kase.id, {
    type: "release",
    occurredOn: "2023-03-24",
    description: "Released after commutation",
    askId: ask.id,
    sourceIds: [],
    moveCaseToReleased: false,
  });
  return { ...fixture, official, ask };
}
