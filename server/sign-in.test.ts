import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../db/client";
import { runMigrations } from "../db/migrate";
import { eq } from "drizzle-orm";
import { auditEvents, signInFailures, users } from "../db/schema";
import { insertUser, setUserActive, setUserPassword } from "../db/queries/users";
import { attemptSignIn, checkCurrentPassword } from "./sign-in";
import { hashPassword } from "./password";
import { at } from "../domain/test-helpers";

const PASSWORD = "a long enough passphrase";
let hash: string;
let db: Db;
let clock: Date;
const now = () => clock;
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  insertUser(db, null, { email: "nadia@example.org", name: "Nadia", role: "campaigner", passwordHash: hash });
  clock = new Date("2026-03-01T10:00:00Z");
});

const HOME = "198.51.100.7";

function signIn(email: string, password: string, clientAddress: string | null = HOME) {
  return attemptSignIn(db, { email, password, clientAddress }, now);
}

async function failTimes(email: string, n: number, clientAddress: string | null = HOME) {
  for (let i = 0; i < n; i++) {
    expect((await signIn(email, "wrong password here", clientAddress)).kind).toBe("invalid");
    advance(0.5);
  }
}

describe("sign-in throttling", () => {
  it("signs in with the right password and audits it", async () => {
    const result = await signIn("Nadia@Example.org", PASSWORD);
    expect(result.kind).toBe("ok");
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((e) => e.action),
    ).toContain("sign_in");
  });

  it("after 10 failures within 15 minutes refuses even the right password", async () => {
    await failTimes("nadia@example.org", 10);
    const result = await signIn("nadia@example.org", PASSWORD);
    expect(result.kind).toBe("locked");
  });

  it("locks an unknown email address the same way", async () => {
    await failTimes("nobody@example.org", 10);
    expect((await signIn("nobody@example.org", PASSWORD)).kind).toBe("locked");
    // Other addresses are not affected.
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("ok");
  });

  it("lifts the lock after 15 minutes", async () => {
    await failTimes("nadia@example.org", 10); // the 10th failure is at 10:04:30
    clock = new Date("2026-03-01T10:19:29Z");
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("locked");
    clock = new Date("2026-03-01T10:19:31Z");
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("ok");
  });

  it("a successful sign-in clears earlier failures", async () => {
    await failTimes("nadia@example.org", 9);
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("ok");
    await failTimes("nadia@example.org", 9);
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("ok");
  });

  it("audits each failure with the address, and a locked attempt as a failure", async () => {
    await failTimes("ghost@example.org", 10);
    await signIn("ghost@example.org", PASSWORD);
    const failed = db
      .select()
      .from(auditEvents)
      .all()
      .filter((e) => e.action === "sign_in_failed");
    expect(failed).toHaveLength(11);
    expect(JSON.parse(at(failed, 0).details)).toEqual({ email: "ghost@example.org", clientAddress: HOME });
    expect(JSON.parse(at(failed, 10).details)).toEqual({ email: "ghost@example.org", reason: "locked", clientAddress: HOME });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    const admin = insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: hash });
    const user = insertUser(db, admin.id, { email: "gone@example.org", name: "Gone", role: "viewer", passwordHash: hash });
    setUserActive(db, admin.id, user.id, false);
    expect((await signIn("gone@example.org", PASSWORD)).kind).toBe("invalid");
  });
});

describe("an admin's password reset", () => {
  it("lifts the account's lock, and the reset's audit event says so", async () => {
    const admin = insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: hash });
    const nadia = db.select().from(users).where(eq(users.email, "nadia@example.org")).get()!;
    await failTimes("nadia@example.org", 10);
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("locked");

    setUserPassword(db, admin.id, nadia.id, await hashPassword("a new passphrase from the admin"), "password_reset", clock);
    expect((await signIn("nadia@example.org", "a new passphrase from the admin")).kind).toBe("ok");
    const reset = db
      .select()
      .from(auditEvents)
      .all()
      .find((e) => e.action === "password_reset")!;
    expect(JSON.parse(reset.details)).toEqual({ failedSignInsCleared: 10, signInLockLifted: true });
  });

  it("of an account with no failures audits nothing about a lock", async () => {
    const admin = insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: hash });
    const nadia = db.select().from(users).where(eq(users.email, "nadia@example.org")).get()!;
    setUserPassword(db, admin.id, nadia.id, hash, "password_reset", clock);
    expect(
      JSON.parse(
        db
          .select()
          .from(auditEvents)
          .all()
          .find((e) => e.action === "password_reset")!.details,
      ),
    ).toEqual({});
  });
});

describe("sign-in throttling per client address", () => {
  const SPRAYER = "203.0.113.66";
  const sprayed = (i: number) => `person${i}@example.org`;

  async function spray(n: number, clientAddress: string | null = SPRAYER) {
    for (let i = 0; i < n; i++) {
      expect((await signIn(sprayed(i), "Summer2026!", clientAddress)).kind).toBe("invalid");
      advance(0.25);
    }
  }

  it("after 30 failures from one address over many emails, refuses that address even for a right password", async () => {
    await spray(30);
    const result = await signIn("nadia@example.org", PASSWORD, SPRAYER);
    expect(result).toMatchObject({ kind: "locked", scope: "client-address" });
    // No single email reached its own limit, and other addresses sign in as usual.
    expect((await signIn("nadia@example.org", PASSWORD, HOME)).kind).toBe("ok");
  });

  it("gives the same answer for an unknown email as for an existing one", async () => {
    await spray(30);
    expect(await signIn("nobody@example.org", PASSWORD, SPRAYER)).toEqual(await signIn("nadia@example.org", PASSWORD, SPRAYER));
  });

  it("lets 29 through, and lifts the lock 15 minutes after the 30th failure", async () => {
    await spray(29);
    expect((await signIn("nadia@example.org", PASSWORD, SPRAYER)).kind).toBe("ok");
    await spray(1); // the 30th failure, at 10:07:15 (the success above cleared only Nadia's)
    clock = new Date("2026-03-01T10:22:14Z");
    expect((await signIn("nadia@example.org", PASSWORD, SPRAYER)).kind).toBe("locked");
    clock = new Date("2026-03-01T10:22:16Z");
    expect((await signIn("nadia@example.org", PASSWORD, SPRAYER)).kind).toBe("ok");
  });

  it("does not count attempts whose address is unknown towards any address", async () => {
    await spray(40, null);
    expect((await signIn("nadia@example.org", PASSWORD, null)).kind).toBe("ok");
  });

  it("audits a refused attempt with the address and why", async () => {
    await spray(30);
    await signIn("nadia@example.org", PASSWORD, SPRAYER);
    const last = db.select().from(auditEvents).all().at(-1)!;
    expect(last.action).toBe("sign_in_failed");
    expect(JSON.parse(last.details)).toEqual({ email: "nadia@example.org", reason: "client_address_locked", clientAddress: SPRAYER });
  });

  it("keeps no failure longer than it can matter", async () => {
    await spray(5);
    clock = new Date("2026-03-01T11:00:00Z");
    await spray(1);
    expect(db.select().from(signInFailures).all()).toHaveLength(1);
  });
});

describe("the current-password check before a password change", () => {
  const nadia = () => db.select().from(users).where(eq(users.email, "nadia@example.org")).get()!;
  const check = (password: string) => checkCurrentPassword(db, nadia(), password, HOME, now);

  async function wrongTimes(n: number) {
    for (let i = 0; i < n; i++) {
      expect((await check(`wrong guess ${i}`)).kind).toBe("invalid");
      advance(0.5);
    }
  }

  it("after 10 wrong current passwords refuses the right one, and signing in too: it is the sign-in lock", async () => {
    await wrongTimes(10);
    expect(await check(PASSWORD)).toMatchObject({ kind: "locked", scope: "account" });
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("locked");
  });

  it("is refused while failed sign-ins have locked the account", async () => {
    await failTimes("nadia@example.org", 10);
    expect((await check(PASSWORD)).kind).toBe("locked");
  });

  it("counts wrong guesses and sign-in failures together", async () => {
    await failTimes("nadia@example.org", 5);
    await wrongTimes(5);
    expect((await signIn("nadia@example.org", PASSWORD)).kind).toBe("locked");
  });

  it("audits each refusal, with the address, and passes the right password", async () => {
    await wrongTimes(10);
    await check(PASSWORD);
    const failed = db
      .select()
      .from(auditEvents)
      .all()
      .filter((e) => e.action === "password_change_failed");
    expect(failed).toHaveLength(11);
    expect(failed.every((e) => e.actorId === nadia().id && e.entityId === nadia().id)).toBe(true);
    expect(JSON.parse(at(failed, 0).details)).toEqual({ clientAddress: HOME });
    expect(JSON.parse(at(failed, 10).details)).toEqual({ reason: "locked", clientAddress: HOME });
  });

  it("a right current password clears earlier failures, and is not audited as a failure", async () => {
    await wrongTimes(9);
    expect((await check(PASSWORD)).kind).toBe("ok");
    await wrongTimes(9);
    expect((await check(PASSWORD)).kind).toBe("ok");
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .filter((e) => e.action === "password_change_failed"),
    ).toHaveLength(18);
  });

  it("does not count towards the client address", async () => {
    await wrongTimes(10);
    expect(
      db
        .select()
        .from(signInFailures)
        .all()
        .map((f) => f.clientAddress),
    ).toEqual(Array(10).fill(null));
  });
});

describe("sign-in throttling under parallel attempts", () => {
  it("lets at most 10 attempts fired at once be checked; the rest are locked", async () => {
    const results = await Promise.all(Array.from({ length: 15 }, () => signIn("nadia@example.org", "wrong password here")));
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(10);
    expect(results.filter((r) => r.kind === "locked")).toHaveLength(5);
  });

  it("lets at most 30 attempts from one address fired at once be checked, whatever the emails", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(`person${i}@example.org`, "wrong password here", "203.0.113.66")),
    );
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(30);
    expect(results.filter((r) => r.kind === "locked")).toHaveLength(10);
  });
});
