import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { findOpenDemoAccounts } from "./open-demo-accounts";
import { findUserByEmail, insertUser, setUserActive, setUserPassword } from "../db/queries/users";
import { seedDemoWorkspace } from "./seeds/demo";
import { hashPassword } from "./password";

describe("findOpenDemoAccounts", () => {
  it("lists the active demo accounts that still take the published password, until each is closed", async () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    await seedDemoWorkspace(db);
    expect(await findOpenDemoAccounts(db)).toEqual(["admin@example.org", "campaigner@example.org", "viewer@example.org"]);

    const realAdmin = insertUser(db, null, { email: "real@example.org", name: "Real", role: "admin", passwordHash: "x" });
    const id = (email: string) => findUserByEmail(db, email)!.id;
    setUserActive(db, realAdmin.id, id("admin@example.org"), false);
    expect(await findOpenDemoAccounts(db)).toEqual(["campaigner@example.org", "viewer@example.org"]);

    setUserPassword(db, realAdmin.id, id("campaigner@example.org"), await hashPassword("a new long passphrase"), "password_reset");
    expect(await findOpenDemoAccounts(db)).toEqual(["viewer@example.org"]);

    setUserActive(db, realAdmin.id, id("viewer@example.org"), false);
    expect(await findOpenDemoAccounts(db)).toEqual([]);
  });

  it("finds none in a workspace that never had the demo", async () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    insertUser(db, null, { email: "real@example.org", name: "Real", role: "admin", passwordHash: await hashPassword("vigil-demo-2022") });
    expect(await findOpenDemoAccounts(db)).toEqual([]);
  });
});
