import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testCase, testDatabase } from "@/db/test/fixtures";
import type { Db } from "@/db/client";
import { sourceSchema } from "@/domain/schemas/source";
import { personSchema, updatePersonSchema } from "@/domain/schemas/person";
import { PermissionError, type Actor } from "@/domain/permissions";
import * as sourcesDal from "./sources";
import * as peopleDal from "./people";
import { search } from "./search";

// The data layer reads through getDb(); point it at a fresh in-memory database.
const globalForDb = globalThis as unknown as { vigilDb?: Db };

let env: ReturnType<typeof testDatabase>;
let admin: Actor;
let campaigner: Actor;
let viewer: Actor;

beforeEach(() => {
  env = testDatabase();
  globalForDb.vigilDb = env.db;
  admin = { id: env.admin.id, name: env.admin.name, email: env.admin.email, role: "admin" };
  campaigner = { id: env.campaigner.id, name: env.campaigner.name, email: env.campaigner.email, role: "campaigner" };
  viewer = { id: env.viewer.id, name: env.viewer.name, email: env.viewer.email, role: "viewer" };
});

afterEach(() => {
  env.db.$client.close();
  delete globalForDb.vigilDb;
});

describe("search through the data layer", () => {
  it("refuses anyone not signed in", () => {
    expect(() => search(null, "Rusesa")).toThrow(PermissionError);
  });

  it("hides confidential sources and people from a viewer, and shows them to writers", () => {
    const c = testCase(env.db, campaigner.id, "Paul Rusesabagina");
    sourcesDal.addSourceToCase(campaigner, c.id, sourceSchema.parse({ title: "Family letter", type: "other", confidential: true }));
    sourcesDal.addSourceToCase(campaigner, c.id, sourceSchema.parse({ title: "Family interview", type: "other" }));
    peopleDal.createPerson(
      campaigner,
      personSchema.parse({ kind: "contact", name: "Family lawyer", caseId: String(c.id), confidential: true }),
    );

    const titles = (actor: Actor) => {
      const results = search(actor, "family");
      return { sources: results.source.map((s) => s.title).sort(), people: results.person.map((p) => p.title) };
    };
    expect(titles(viewer)).toEqual({ sources: ["Family interview"], people: [] });
    expect(titles(campaigner)).toEqual({ sources: ["Family interview", "Family letter"], people: ["Family lawyer"] });
    expect(titles(admin)).toEqual(titles(campaigner));
  });

  it("follows an edit that marks a person confidential", () => {
    const person = peopleDal.createPerson(campaigner, personSchema.parse({ kind: "official", name: "Minister Zawadi" }));
    expect(search(viewer, "Zawadi").person.map((p) => p.id)).toEqual([person.id]);
    peopleDal.updatePerson(
      campaigner,
      person.id,
      updatePersonSchema.parse({ kind: "official", name: "Minister Zawadi", confidential: true, version: person.version }),
    );
    expect(search(viewer, "Zawadi").person).toEqual([]);
    expect(search(campaigner, "Zawadi").person.map((p) => p.id)).toEqual([person.id]);
  });
});
