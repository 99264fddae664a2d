import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { auditEvents, signInFailures, users } from "@/db/schema";
import { insertUser } from "@/db/queries/users";
import { COMMON_PASSWORD_MESSAGE } from "@/server/common-passwords";
import { hashPassword, verifyPassword } from "@/server/password";
import type { Actor } from "@/domain/permissions";
import { changeOwnPassword, createUser, resetUserPassword } from "./users";
import { createFirstAdmin } from "./workspace";
import { at } from "@/domain/test-helpers";

// The data layer reads the process-wide connection; point it at a fresh database per test.
const globalForDb = globalThis as unknown as { vigilDb?: Db };

const CURRENT = "my current passphrase";
let hash: string;
let db: Db;
let admin: Actor;
let carla: Actor;

beforeAll(async () => {
  hash = await hashPassword(CURRENT);
});

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  globalForDb.vigilDb = db;
  const actor = (u: { id: number; name: string; email: string; role: Actor["role"] }): Actor => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
  });
  admin = actor(insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: hash }));
  carla = actor(insertUser(db, admin.id, { email: "carla@example.org", name: "Carla", role: "campaigner", passwordHash: hash }));
});

const storedHash = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!.passwordHash;
const commonPasswordError = { field: "password", message: COMMON_PASSWORD_MESSAGE };

describe("new passwords on the list of common ones are refused beside the password field", () => {
  it("for a new user, who is not created", async () => {
    const input = {
      name: "Dan",
      email: "dan@example.org",
      role: "viewer" as const,
      password: "Password1234",
      confirmPassword: "Password1234",
    };
    await expect(createUser(admin, input)).rejects.toMatchObject(commonPasswordError);
    expect(db.select().from(users).where(eq(users.email, "dan@example.org")).get()).toBeUndefined();
  });

  it("for an admin's reset, which changes nothing", async () => {
    await expect(resetUserPassword(admin, carla.id, "qwertyuiop123")).rejects.toMatchObject(commonPasswordError);
    expect(storedHash(carla.id)).toBe(hash);
  });

  it("for one's own change, which changes nothing and counts no failed attempt", async () => {
    const input = { currentPassword: CURRENT, password: "1q2w3e4r5t6y", confirmPassword: "1q2w3e4r5t6y" };
    await expect(changeOwnPassword(carla, input, null)).rejects.toMatchObject(commonPasswordError);
    expect(storedHash(carla.id)).toBe(hash);
    expect(db.select().from(signInFailures).all()).toHaveLength(0);
  });

  it("for the first admin of an empty workspace, who is not created", async () => {
    const empty = openDatabase(":memory:");
    runMigrations(empty);
    globalForDb.vigilDb = empty;
    await expect(createFirstAdmin({ name: "First", email: "first@example.org", password: "PASSWORD1234" })).rejects.toMatchObject(
      commonPasswordError,
    );
    expect(empty.select().from(users).all()).toHaveLength(0);
    expect(await createFirstAdmin({ name: "First", email: "first@example.org", password: "a passphrase of our own" })).toMatchObject({
      role: "admin",
    });
  });

  it("while a passphrase of one's own is accepted", async () => {
    const input = { currentPassword: CURRENT, password: "a passphrase of my own", confirmPassword: "a passphrase of my own" };
    expect(await changeOwnPassword(carla, input, "198.51.100.7")).toEqual({ kind: "changed" });
    expect(await verifyPassword(storedHash(carla.id), "a passphrase of my own")).toBe(true);
  });
});

describe("changing one's own password", () => {
  const change = (currentPassword: string) =>
    changeOwnPassword(
      carla,
      { currentPassword, password: "a passphrase of my own", confirmPassword: "a passphrase of my own" },
      "198.51.100.7",
    );

  it("with a wrong current password changes nothing and writes a failed attempt to the audit trail", async () => {
    expect(await change("not my password")).toEqual({ kind: "invalid" });
    expect(storedHash(carla.id)).toBe(hash);
    const failed = db
      .select()
      .from(auditEvents)
      .all()
      .filter((e) => e.action === "password_change_failed");
    expect(failed).toMatchObject([{ actorId: carla.id, entityId: carla.id }]);
    expect(JSON.parse(at(failed, 0).details)).toEqual({ clientAddress: "198.51.100.7" });
  });

  it("is refused with the lock after 10 wrong current passwords, even with the right one", async () => {
    for (let i = 0; i < 10; i++) expect((await change(`guess ${i}`)).kind).toBe("invalid");
    expect(await change(CURRENT)).toEqual({ kind: "locked" });
    expect(storedHash(carla.id)).toBe(hash);
  });
});
