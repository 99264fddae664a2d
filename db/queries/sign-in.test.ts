import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../client";
import { runMigrations } from "../migrate";
import { auditEvents } from "../schema";
import { insertUser, setUserActive } from "./users";
import { attemptSignIn } from "./sign-in";
import { hashPassword } from "../../lib/domain/password";

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

async function failTimes(email: string, n: number) {
  for (let i = 0; i < n; i++) {
    expect((await attemptSignIn(db, email, "wrong password here", now)).kind).toBe("invalid");
    advance(0.5);
  }
}

describe("sign-in throttling", () => {
  it("signs in with the right password and audits it", async () => {
    const result = await attemptSignIn(db, "Nadia@Example.org", PASSWORD, now);
    expect(result.kind).toBe("ok");
    expect(db.select().from(auditEvents).all().map((e) => e.action)).toContain("sign_in");
  });

  it("after 10 failures within 15 minutes refuses even the right password", async () => {
    await failTimes("nadia@example.org", 10);
    const result = await attemptSignIn(db, "nadia@example.org", PASSWORD, now);
    expect(result.kind).toBe("locked");
  });

  it("locks an unknown email address the same way", async () => {
    await failTimes("nobody@example.org", 10);
    expect((await attemptSignIn(db, "nobody@example.org", PASSWORD, now)).kind).toBe("locked");
    // Other addresses are not affected.
    expect((await attemptSignIn(db, "nadia@example.org", PASSWORD, now)).kind).toBe("ok");
  });

  it("lifts the lock after 15 minutes", async () => {
    await failTimes("nadia@example.org", 10); // the 10th failure is at 10:04:30
    clock = new Date("2026-03-01T10:19:29Z");
    expect((await attemptSignIn(db, "nadia@example.org", PASSWORD, now)).kind).toBe("locked");
    clock = new Date("2026-03-01T10:19:31Z");
    expect((await attemptSignIn(db, "nadia@example.org", PASSWORD, now)).kind).toBe("ok");
  });

  it("a successful sign-in clears earlier failures", async () => {
    await failTimes("nadia@example.org", 9);
    expect((await attemptSignIn(db, "nadia@example.org", PASSWORD, now)).kind).toBe("ok");
    await failTimes("nadia@example.org", 9);
    expect((await attemptSignIn(db, "nadia@example.org", PASSWORD, now)).kind).toBe("ok");
  });

  it("audits each failure with the address, and a locked attempt as a failure", async () => {
    await failTimes("ghost@example.org", 10);
    await attemptSignIn(db, "ghost@example.org", PASSWORD, now);
    const failed = db.select().from(auditEvents).all().filter((e) => e.action === "sign_in_failed");
    expect(failed).toHaveLength(11);
    expect(JSON.parse(failed[10].details)).toEqual({ email: "ghost@example.org", reason: "locked" });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    const admin = insertUser(db, null, { email: "admin@example.org", name: "Admin", role: "admin", passwordHash: hash });
    const user = insertUser(db, admin.id, { email: "gone@example.org", name: "Gone", role: "viewer", passwordHash: hash });
    setUserActive(db, admin.id, user.id, false);
    expect((await attemptSignIn(db, "gone@example.org", PASSWORD, now)).kind).toBe("invalid");
  });
});

describe("sign-in throttling under parallel attempts", () => {
  it("lets at most 10 attempts fired at once be checked; the rest are locked", async () => {
    const results = await Promise.all(Array.from({ length: 15 }, () => attemptSignIn(db, "nadia@example.org", "wrong password here", now)));
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(10);
    expect(results.filter((r) => r.kind === "locked")).toHaveLength(5);
  });
});
