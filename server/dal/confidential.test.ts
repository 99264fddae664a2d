import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testCase, testDatabase } from "@/db/test/fixtures";
import type { Db } from "@/db/client";
import { sourceSchema } from "@/domain/schemas/source";
import { personSchema, updatePersonSchema } from "@/domain/schemas/person";
import type { Actor } from "@/domain/permissions";
import * as sourcesDal from "./sources";
import * as peopleDal from "./people";

// The data layer reads through getDb(); point it at a fresh in-memory database.
const globalForDb = globalThis as unknown as { vigilDb?: Db };

let env: ReturnType<typeof testDatabase>;
let campaigner: Actor;
let viewer: Actor;

beforeEach(() => {
  env = testDatabase();
  globalForDb.vigilDb = env.db;
  campaigner = { id: env.campaigner.id, name: env.campaigner.name, email: env.campaigner.email, role: "campaigner" };
  viewer = { id: env.viewer.id, name: env.viewer.name, email: env.viewer.email, role: "viewer" };
});

afterEach(() => {
  env.db.$client.close();
  delete globalForDb.vigilDb;
});

describe("confidential sources", () => {
  it("never reach a viewer, and are visible to a campaigner", () => {
    const c = testCase(env.db, campaigner.id, "Paul Rusesabagina");
    sourcesDal.addSourceToCase(
      campaigner,
      c.id,
      sourceSchema.parse({ title: "Public report", type: "news_report", url: "https://example.org/public" }),
    );
    const secret = sourcesDal.addSourceToCase(
      campaigner,
      c.id,
      sourceSchema.parse({ title: "Letter from the family", type: "other", confidential: true }),
    ).source;

    expect(sourcesDal.listCaseSources(viewer, c.id).map((s) => s.title)).toEqual(["Public report"]);
    expect(sourcesDal.listSources(viewer).map((s) => s.title)).toEqual(["Public report"]);
    expect(sourcesDal.listSources(viewer, { q: "family" })).toEqual([]);
    expect(sourcesDal.getSource(viewer, secret.id)).toBeNull();

    expect(
      sourcesDal
        .listCaseSources(campaigner, c.id)
        .map((s) => s.title)
        .sort(),
    ).toEqual(["Letter from the family", "Public report"]);
    expect(sourcesDal.getSource(campaigner, secret.id)?.title).toBe("Letter from the family");
  });

  it("refuses every change from a viewer or a signed-out caller", () => {
    const c = testCase(env.db, campaigner.id, "Paul Rusesabagina");
    const input = sourceSchema.parse({ title: "Report", type: "news_report" });
    expect(() => sourcesDal.addSourceToCase(viewer, c.id, input)).toThrow(/cannot change/);
    expect(() => sourcesDal.addSourceToCase(null, c.id, input)).toThrow(/sign in/);
    const { source } = sourcesDal.addSourceToCase(campaigner, c.id, input);
    expect(() => sourcesDal.unlinkSourceFromCase(viewer, c.id, source.id)).toThrow(/cannot change/);
    expect(() => sourcesDal.linkSourceToCase(viewer, c.id, source.id)).toThrow(/cannot change/);
    expect(() => sourcesDal.listLinkableSources(viewer, c.id)).toThrow(/cannot change/);
    expect(sourcesDal.listCaseSources(viewer, c.id)).toHaveLength(1);
  });
});

describe("confidential contacts", () => {
  it("never reach a viewer, nor do the asks of a hidden person", () => {
    const c = testCase(env.db, campaigner.id, "Paul Rusesabagina");
    peopleDal.createPerson(campaigner, personSchema.parse({ kind: "official", name: "Antony Blinken", office: "US Secretary of State" }));
    const lawyer = peopleDal.createPerson(
      campaigner,
      personSchema.parse({ kind: "contact", name: "Family lawyer", caseId: String(c.id), confidential: true }),
    );

    expect(peopleDal.listPeople(viewer).map((p) => p.name)).toEqual(["Antony Blinken"]);
    expect(peopleDal.listPeople(viewer, { kind: "contact" })).toEqual([]);
    expect(peopleDal.listPeople(viewer, { q: "lawyer" })).toEqual([]);
    expect(peopleDal.getPerson(viewer, lawyer.id)).toBeNull();
    expect(peopleDal.listAsksToOfficial(viewer, lawyer.id)).toEqual({ rows: [], total: 0 });

    expect(peopleDal.listPeople(campaigner, { kind: "contact" }).map((p) => p.name)).toEqual(["Family lawyer"]);
    expect(peopleDal.getPerson(campaigner, lawyer.id)?.name).toBe("Family lawyer");
  });

  it("refuses creating or editing people for a viewer", () => {
    expect(() => peopleDal.createPerson(viewer, personSchema.parse({ kind: "organisation", name: "Human Rights Watch" }))).toThrow(
      /cannot change/,
    );
    const hrw = peopleDal.createPerson(campaigner, personSchema.parse({ kind: "organisation", name: "Human Rights Watch" }));
    expect(() =>
      peopleDal.updatePerson(viewer, hrw.id, updatePersonSchema.parse({ kind: "organisation", name: "HRW", version: hrw.version })),
    ).toThrow(/cannot change/);
    expect(peopleDal.getPerson(viewer, hrw.id)?.name).toBe("Human Rights Watch");
  });
});
