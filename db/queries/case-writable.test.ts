import { describe, expect, it } from "vitest";
import { archiveCase, restoreCase } from "./case-archive";
import { insertAsk, recordAskStatusChange, updateAsk } from "./asks";
import { findCaseById } from "./cases";
import { recordStatusChange, updateCase } from "./case-writes";
import { insertOutcome } from "./outcomes";
import { insertPerson, updatePerson } from "./people";
import { addSourceToCase, linkSourceToCase, unlinkSourceFromCase } from "./sources";
import { insertOfficial, setupDb, SEES_CONFIDENTIAL } from "./test-fixtures";
import { ARCHIVED_READ_ONLY } from "./case-writable";
import { personSchema, updatePersonSchema } from "../../domain/schemas/person";
import { sourceSchema } from "../../domain/schemas/source";
import { updateCaseSchema } from "../../domain/schemas/case";

describe("an archived case", () => {
  it("refuses every write to it or its records until it is restored, and changes nothing", () => {
    const { db, campaigner, kase } = setupDb();
    const official = insertOfficial(db, campaigner.id, "Jane Doe", "Minister");
    const ask = insertAsk(db, campaigner.id, kase.id, {
      official: { kind: "existing", id: official.id },
      text: "Raise the case",
      channel: "call",
      madeOn: "2024-01-01",
      ownerId: campaigner.id,
      followUpOn: null,
      status: "made",
    });
    const { source } = addSourceToCase(db, campaigner.id, kase.id, sourceSchema.parse({ title: "Report", type: "news_report" }));
    const other = addSourceToCase(db, campaigner.id, kase.id, sourceSchema.parse({ title: "Other report", type: "news_report" })).source;
    unlinkSourceFromCase(db, campaigner.id, kase.id, other.id);
    const contact = insertPerson(db, campaigner.id, personSchema.parse({ kind: "contact", name: "Sister", caseId: String(kase.id) }));
    archiveCase(db, campaigner.id, kase.id);
    const archived = findCaseById(db, SEES_CONFIDENTIAL, kase.id)!;
    const digest = () =>
      JSON.stringify(
        db.$client
          .prepare(
            "SELECT (SELECT count(*) FROM audit_events) a, (SELECT group_concat(version) FROM asks) b, (SELECT count(*) FROM case_sources) c, (SELECT count(*) FROM outcomes) d, (SELECT count(*) FROM people) e",
          )
          .get(),
      );
    const before = digest();

    const writes: [string, () => unknown][] = [
      [
        "edit the case",
        () =>
          updateCase(
            db,
            campaigner.id,
            kase.id,
            updateCaseSchema.parse({
              personName: "Test Person",
              title: "Edited",
              country: "Rwanda",
              priority: "high",
              version: archived.version,
            }),
          ),
      ],
      ["move its status", () => recordStatusChange(db, campaigner.id, kase.id, "released", "")],
      [
        "log an ask",
        () =>
          insertAsk(db, campaigner.id, kase.id, {
            official: { kind: "existing", id: official.id },
            text: "x",
            channel: "call",
            madeOn: null,
            ownerId: campaigner.id,
            followUpOn: null,
            status: "planned",
          }),
      ],
      [
        "edit an ask",
        () =>
          updateAsk(db, campaigner.id, ask.id, {
            text: "x",
            channel: "call",
            madeOn: "2024-01-01",
            ownerId: campaigner.id,
            followUpOn: null,
            officeAtTime: "",
            version: ask.version,
          }),
      ],
      ["move an ask", () => recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "")],
      [
        "record an outcome",
        () =>
          insertOutcome(db, campaigner.id, kase.id, {
            type: "other",
            occurredOn: "2024-01-02",
            description: "x",
            askId: null,
            sourceIds: [],
            moveCaseToReleased: false,
          }),
      ],
      ["add a source", () => addSourceToCase(db, campaigner.id, kase.id, sourceSchema.parse({ title: "New", type: "news_report" }))],
      ["link a source", () => linkSourceToCase(db, campaigner.id, kase.id, other.id)],
      ["unlink a source", () => unlinkSourceFromCase(db, campaigner.id, kase.id, source.id)],
      [
        "add a contact",
        () => insertPerson(db, campaigner.id, personSchema.parse({ kind: "contact", name: "Brother", caseId: String(kase.id) })),
      ],
      [
        "edit a contact",
        () =>
          updatePerson(
            db,
            campaigner.id,
            contact.id,
            updatePersonSchema.parse({ kind: "contact", name: "Sister", caseId: String(kase.id), version: contact.version }),
          ),
      ],
    ];
    for (const [what, write] of writes) expect(write, what).toThrow(ARCHIVED_READ_ONLY);
    expect(digest()).toBe(before);

    restoreCase(db, campaigner.id, kase.id);
    expect(() => recordAskStatusChange(db, campaigner.id, ask.id, "acknowledged", "")).not.toThrow();
  });
});
