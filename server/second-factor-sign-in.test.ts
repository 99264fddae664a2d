import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../db/client";
import { runMigrations } from "../db/migrate";
import { auditEvents, recoveryCodes, userTwoFactor } from "../db/schema";
import { insertUser } from "../db/queries/users";
import { findTwoFactor, removeTwoFactor } from "../db/queries/two-factor";
import { attemptSignIn } from "./sign-in";
import { attemptSecondFactor } from "./second-factor-sign-in";
import { hashPassword } from "./password";
import { issueSignInChallenge, redeemSessionTicket } from "./two-factor/challenges";
import { confirmEnrolment, readTwoFactorState, startEnrolment } from "./two-factor/enrolment";
import { openSecret } from "./two-factor/secret-seal";
import { totpCodeAt } from "./two-factor/totp";

const PASSWORD = "a long enough passphrase";
const HOME = "198.51.100.7";
let hash: string;
let db: Db;
let clock: Date;
const now = () => clock;
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
let userId: number;
let secret: string;
let codes: string[];

beforeAll(async () => {
  process.env.AUTH_SECRET = "second-factor-test-secret";
  hash = await hashPassword(PASSWORD);
});

/** Enrols the user with an app whose clock is the test's. */
function enrol() {
  expect(startEnrolment(db, userId)).toBe(true);
  const state = readTwoFactorState(db, { id: userId, email: "nadia@example.org" });
  if (state.state !== "enrolling") throw new Error("not enrolling");
  secret = state.secret;
  const confirmed = confirmEnrolment(db, userId, totpCodeAt(secret, clock.getTime()), clock.getTime());
  if (!confirmed.ok) throw new Error(confirmed.reason);
  codes = confirmed.recoveryCodes;
  advance(30); // the confirming code's step is used
}

beforeEach(() => {
  db = openDatabase(":memory:");
  runMigrations(db);
  userId = insertUser(db, null, { email: "nadia@example.org", name: "Nadia", role: "campaigner", passwordHash: hash }).id;
  clock = new Date("2026-03-01T10:00:00Z");
  enrol();
});

async function passwordStep() {
  const result = await attemptSignIn(db, { email: "nadia@example.org", password: PASSWORD, clientAddress: HOME }, now);
  expect(result.kind).toBe("second_factor");
  return issueSignInChallenge(db, userId, "second_factor", clock);
}

function codeStep(waitToken: string, code: string) {
  return attemptSecondFactor(db, { waitToken, code, clientAddress: HOME }, now);
}

describe("enrolling", () => {
  it("keeps the secret sealed in the database and gives ten distinct recovery codes", () => {
    const row = findTwoFactor(db, userId)!;
    expect(row.confirmedAt).not.toBeNull();
    expect(row.sealedSecret).not.toContain(secret);
    expect(openSecret(row.sealedSecret, userId)).toBe(secret);
    expect(new Set(codes).size).toBe(10);
    const stored = db.select().from(recoveryCodes).all();
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code);
  });

  it("cannot open a secret under another key or for another account", () => {
    const sealed = findTwoFactor(db, userId)!.sealedSecret;
    expect(openSecret(sealed, userId + 1)).toBeNull();
    process.env.AUTH_SECRET = "another-secret";
    try {
      expect(openSecret(sealed, userId)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = "second-factor-test-secret";
    }
  });

  it("refuses a wrong first code and starting again once enrolled", () => {
    removeTwoFactor(db, userId, userId, "two_factor_disabled");
    startEnrolment(db, userId);
    expect(confirmEnrolment(db, userId, "000000", clock.getTime())).toEqual({ ok: false, reason: "wrong_code" });
    expect(db.select().from(userTwoFactor).get()?.confirmedAt).toBeNull();
    enrol();
    expect(startEnrolment(db, userId)).toBe(false);
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, and opens a session with the app's code", async () => {
    const wait = await passwordStep();
    const result = codeStep(wait, totpCodeAt(secret, clock.getTime()));
    expect(result.kind).toBe("ok");
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, "sign_in")).all();
    expect(audit.map((e) => JSON.parse(e.details))).toEqual([{ secondFactor: "totp" }]);
    // The wait is used up.
    expect(codeStep(wait, totpCodeAt(secret, clock.getTime() + 30_000)).kind).toBe("expired");
  });

  it("refuses a code used already, even within its window", async () => {
    const code = totpCodeAt(secret, clock.getTime());
    expect(codeStep(await passwordStep(), code).kind).toBe("ok");
    advance(5);
    expect(codeStep(await passwordStep(), code)).toEqual({ kind: "invalid", reason: "replayed_code" });
    // An older code than the last one used is refused the same way.
    expect(codeStep(await passwordStep(), totpCodeAt(secret, clock.getTime() - 30_000))).toEqual({
      kind: "invalid",
      reason: "replayed_code",
    });
  });

  it("accepts each recovery code once", async () => {
    expect(codeStep(await passwordStep(), codes[3]!.toUpperCase()).kind).toBe("ok");
    expect(codeStep(await passwordStep(), codes[3]!)).toEqual({ kind: "invalid", reason: "wrong_code" });
    expect(codeStep(await passwordStep(), codes[4]!).kind).toBe("ok");
  });

  it("counts wrong codes towards the account's lock, which a right password does not lift", async () => {
    const wait = await passwordStep();
    let guesses = 0;
    // Each guess starts from the password, as an attacker who knows it would.
    for (; guesses < 10; guesses++) {
      const password = await attemptSignIn(db, { email: "nadia@example.org", password: PASSWORD, clientAddress: HOME }, now);
      if (password.kind === "locked") break;
      const code = codeStep(issueSignInChallenge(db, userId, "second_factor", clock), String(100000 + guesses));
      if (code.kind === "locked") break;
      expect(code.kind).toBe("invalid");
      advance(10);
    }
    // The lock came within ten attempts, counting passwords and codes alike.
    expect(guesses).toBeLessThan(6);
    // Locked: even the right code is refused, without being looked at.
    expect(codeStep(wait, totpCodeAt(secret, clock.getTime())).kind).toBe("locked");
  });

  it("gives up waiting after five minutes", async () => {
    const wait = await passwordStep();
    advance(5 * 60 + 1);
    expect(codeStep(wait, totpCodeAt(secret, clock.getTime())).kind).toBe("expired");
  });

  it("starts again from the password when an admin reset the second factor meanwhile", async () => {
    const wait = await passwordStep();
    removeTwoFactor(db, userId, userId, "two_factor_reset");
    expect(codeStep(wait, totpCodeAt(secret, clock.getTime())).kind).toBe("expired");
  });
});

describe("session tickets", () => {
  it("are redeemed once", () => {
    const ticket = issueSignInChallenge(db, userId, "session", clock);
    expect(redeemSessionTicket(db, ticket, clock)).toBe(userId);
    expect(redeemSessionTicket(db, ticket, clock)).toBeNull();
  });

  it("are not a wait token, nor a wait token a ticket", () => {
    const wait = issueSignInChallenge(db, userId, "second_factor", clock);
    expect(redeemSessionTicket(db, wait, clock)).toBeNull();
    const ticket = issueSignInChallenge(db, userId, "session", clock);
    expect(codeStep(ticket, totpCodeAt(secret, clock.getTime())).kind).toBe("expired");
  });
});
