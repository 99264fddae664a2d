import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { asks, auditEvents, outcomes } from "../schema";
import { testCase, testDatabase } from "../test/fixtures";
import { SEES_CONFIDENTIAL, SEES_PUBLIC } from "./test-fixtures";
import { personSchema, updatePersonSchema } from "../../domain/schemas/person";
import {
  CASE_CHOICES,
  insertPerson,
  listAsksToOfficial,
  listCaseChoices,
  listCaseContacts,
  listPeople,
  findPersonById,
  updatePerson,
} from "./people";
import type { Db } from "../client";
import { at } from "../../domain/test-helpers";

function official(db: Db, actorId: number, name: string, office: string) {
  return insertPerson(
    db,
    actorId,
    personSchema.parse({ kind: "official", name, office, institution: "US Department of State", country: "United States" }),
  );
}

describe("listAsksToOfficial", () => {
  it("returns every ask to the official across cases, newest first, with the office held then and the outcomes answering each", () => {
    const { db, campaigner } = testDatabase();
    const rusesabagina = testCase(db, campaigner.id, "Paul Rusesabagina");
    const other = testCase(db, campaigner.id, "Another Detainee");
    const blinken = official(db, campaigner.id, "Antony Blinken", "US Secretary of State");
    const kagame = official(db, campaigner.id, "Paul Kagame", "President of Rwanda");

    const [older, newer, toSomeoneElse, undated] = db
      .insert(asks)
      .values([
        {
          caseId: other.id,
          officialId: blinken.id,
          officeAtTime: "Deputy Secretary of State",
          text: "Raise the case in Cairo",
          channel: "letter",
          madeOn: "2016-03-01",
          status: "closed",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          officialId: blinken.id,
          officeAtTime: "US Secretary of State",
          text: "Raise Rusesabagina's release with President Kagame during the Kigali visit",
          channel: "meeting",
          madeOn: "2022-08-09",
          followUpOn: "2022-08-20",
          status: "acknowledged",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          officialId: kagame.id,
          officeAtTime: "President of Rwanda",
          text: "Release him",
          channel: "public_letter",
          madeOn: "2022-08-01",
          status: "pending",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          officialId: blinken.id,
          officeAtTime: "US Secretary of State",
          text: "Follow up on the commitment",
          channel: "email",
          status: "draft",
          createdBy: campaigner.id,
        },
      ])
      .returning()
      .all();
    if (!older || !newer || !toSomeoneElse || !undated) throw new Error("Expected the four asks back from the insert.");
    db.insert(outcomes)
      .values([
        {
          caseId: rusesabagina.id,
          askId: newer.id,
          type: "statement",
          occurredOn: "2022-08-11",
          description: "Blinken says he raised the case with Kagame",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          askId: toSomeoneElse.id,
          type: "statement",
          occurredOn: "2022-08-12",
          description: "Kigali denies",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          askId: null,
          type: "release",
          occurredOn: "2023-03-24",
          description: "Released and returned to the US",
          createdBy: campaigner.id,
        },
        {
          caseId: rusesabagina.id,
          askId: newer.id,
          type: "release",
          occurredOn: "2023-03-24",
          description: "Sentence commuted; released",
          createdBy: campaigner.id,
        },
      ])
      .run();

    const { rows: result, total } = listAsksToOfficial(db, SEES_CONFIDENTIAL, blinken.id);
    expect(result.map((a) => a.id)).toEqual([undated.id, newer.id, older.id]);
    expect(total).toBe(3);
    // Later pages continue in the same order.
    const second = listAsksToOfficial(db, SEES_CONFIDENTIAL, blinken.id, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3 });
    expect(second.rows.map((a) => a.id)).toEqual([older.id]);
    const kigali = at(result, 1);
    expect(kigali).toMatchObject({
      caseId: rusesabagina.id,
      casePersonName: "Paul Rusesabagina",
      text: "Raise Rusesabagina's release with President Kagame during the Kigali visit",
      officeAtTime: "US Secretary of State",
      channel: "meeting",
      madeOn: "2022-08-09",
      followUpOn: "2022-08-20",
      status: "acknowledged",
    });
    expect(kigali.outcomes.map((o) => o.description)).toEqual([
      "Blinken says he raised the case with Kagame",
      "Sentence commuted; released",
    ]);
    expect(result[2]).toMatchObject({ casePersonName: "Another Detainee", officeAtTime: "Deputy Secretary of State", outcomes: [] });
    expect(listAsksToOfficial(db, SEES_CONFIDENTIAL, kagame.id).rows.map((a) => a.text)).toEqual(["Release him"]);
    expect(listAsksToOfficial(db, SEES_CONFIDENTIAL, 9999)).toEqual({ rows: [], total: 0 });
  });

  it("keeps the office held at each ask when the official's office is edited later", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    const blinken = official(db, campaigner.id, "Antony Blinken", "US Secretary of State");
    db.insert(asks)
      .values({
        caseId: c.id,
        officialId: blinken.id,
        officeAtTime: blinken.office,
        text: "Raise the case",
        channel: "meeting",
        madeOn: "2022-08-09",
        status: "pending",
        createdBy: campaigner.id,
      })
      .run();

    const updated = updatePerson(
      db,
      campaigner.id,
      blinken.id,
      updatePersonSchema.parse({ kind: "official", name: "Antony Blinken", office: "Former Secretary of State", version: blinken.version }),
    );
    expect(updated.office).toBe("Former Secretary of State");
    expect(updated.version).toBe(blinken.version + 1);
    expect(at(listAsksToOfficial(db, SEES_CONFIDENTIAL, blinken.id).rows, 0).officeAtTime).toBe("US Secretary of State");
    const audit = db.select().from(auditEvents).where(eq(auditEvents.entityType, "person")).all().at(-1)!;
    expect(JSON.parse(audit.details).office).toEqual(["US Secretary of State", "Former Secretary of State"]);
  });
});

describe("people", () => {
  it("refuses an edit made from a stale version and keeps the newer one", () => {
    const { db, campaigner } = testDatabase();
    const p = official(db, campaigner.id, "Paul Kagame", "President of Rwanda");
    updatePerson(
      db,
      campaigner.id,
      p.id,
      updatePersonSchema.parse({ kind: "official", name: "Paul Kagame", office: "President", version: 1 }),
    );
    expect(() =>
      updatePerson(db, campaigner.id, p.id, updatePersonSchema.parse({ kind: "official", name: "Paul Kagame", office: "Old", version: 1 })),
    ).toThrow(/Someone else changed/);
    expect(findPersonById(db, SEES_CONFIDENTIAL, p.id)?.office).toBe("President");
  });

  it("filters by kind and keeps confidential contacts from those who may not see them", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    official(db, campaigner.id, "Antony Blinken", "US Secretary of State");
    insertPerson(db, campaigner.id, personSchema.parse({ kind: "organisation", name: "Human Rights Watch" }));
    const lawyer = insertPerson(
      db,
      campaigner.id,
      personSchema.parse({ kind: "contact", name: "Family lawyer", caseId: String(c.id), confidential: true }),
    );
    expect(lawyer.caseId).toBe(c.id);
    expect(listPeople(db, SEES_CONFIDENTIAL, { kind: "organisation" }).map((p) => p.name)).toEqual(["Human Rights Watch"]);
    expect(listPeople(db, SEES_CONFIDENTIAL, { kind: "contact" })[0]).toMatchObject({
      name: "Family lawyer",
      casePersonName: "Paul Rusesabagina",
    });
    expect(listPeople(db, SEES_PUBLIC).map((p) => p.name)).not.toContain("Family lawyer");
    expect(findPersonById(db, SEES_PUBLIC, lawyer.id)).toBeNull();
  });

  it("lists a case's contacts by name, only that case's, and no confidential one to a viewer", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    const other = testCase(db, campaigner.id, "Another Detainee");
    const contact = (name: string, caseId: number, confidential = false) =>
      insertPerson(db, campaigner.id, personSchema.parse({ kind: "contact", name, caseId: String(caseId), confidential }));
    contact("zoe (daughter)", c.id);
    contact("Family lawyer", c.id, true);
    contact("Anaïse Kanimba", c.id);
    contact("Someone else's lawyer", other.id);
    official(db, campaigner.id, "Antony Blinken", "US Secretary of State");
    expect(listCaseContacts(db, SEES_CONFIDENTIAL, c.id).map((p) => p.name)).toEqual(["Anaïse Kanimba", "Family lawyer", "zoe (daughter)"]);
    expect(listCaseContacts(db, SEES_CONFIDENTIAL, c.id)).toEqual(listPeople(db, SEES_CONFIDENTIAL, { kind: "contact", caseId: c.id }));
    expect(listCaseContacts(db, SEES_PUBLIC, c.id).map((p) => p.name)).toEqual(["Anaïse Kanimba", "zoe (daughter)"]);
  });

  it("drops the case of anyone who is not a contact, and refuses an unknown case", () => {
    const { db, campaigner } = testDatabase();
    const c = testCase(db, campaigner.id, "Paul Rusesabagina");
    expect(personSchema.parse({ kind: "official", name: "X", caseId: String(c.id) }).caseId).toBeNull();
    expect(() => insertPerson(db, campaigner.id, personSchema.parse({ kind: "contact", name: "Y", caseId: "999" }))).toThrow(
      /does not exist/,
    );
    expect(listPeople(db, SEES_CONFIDENTIAL)).toHaveLength(0);
  });
});

describe("listCaseChoices", () => {
  it("offers the newest cases by name, the matches of what is typed, and always the chosen case", () => {
    const { db, campaigner } = testDatabase();
    const first = testCase(db, campaigner.id, "Paul Rusesabagina");
    for (let i = 0; i < CASE_CHOICES + 5; i++) testCase(db, campaigner.id, `Filler Person ${i}`);

    const newest = listCaseChoices(db, SEES_CONFIDENTIAL);
    expect(newest).toHaveLength(CASE_CHOICES);
    expect(newest.map((c) => c.id)).not.toContain(first.id);
    expect(newest.map((c) => c.personName)).toEqual([...newest.map((c) => c.personName)].sort((a, b) => a.localeCompare(b)));

    expect(listCaseChoices(db, SEES_CONFIDENTIAL, { q: "Rusesa" }).map((c) => c.id)).toEqual([first.id]);
    expect(listCaseChoices(db, SEES_CONFIDENTIAL, { q: "!!!" })).toEqual([]);
    expect(listCaseChoices(db, SEES_CONFIDENTIAL, { includeId: first.id }).map((c) => c.id)).toContain(first.id);
    expect(listCaseChoices(db, SEES_CONFIDENTIAL, { q: "Filler", includeId: first.id })).toHaveLength(CASE_CHOICES + 1);
  });
});
