import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { notFound, redirect } from "next/navigation";
import { actionClient, recordArg, REFUSALS, SIGN_IN_FIRST } from "./action";
import { DomainRuleError, DuplicateEmailError, NotFoundError, StaleVersionError } from "@/domain/errors";
import { FieldRuleError } from "@/domain/field-rule-error";
import { PermissionError, type Actor } from "@/domain/permissions";
import { READ_ONLY_REFUSAL } from "@/domain/lockdown";

// The client is built around a session reader of the test's own, so the session module
// (cookies, the database) is never loaded.
vi.mock("./dal/session", () => ({ getCurrentUser: async () => null }));

const ADMIN: Actor = { id: 1, name: "Ada", email: "ada@example.org", role: "admin" };
const CAMPAIGNER: Actor = { id: 2, name: "Cam", email: "cam@example.org", role: "campaigner" };
const VIEWER: Actor = { id: 3, name: "Vi", email: "vi@example.org", role: "viewer" };

const noteSchema = z.object({ text: z.string().min(1, { error: "Write the note." }), author: z.string().optional() });

function client(actor: Actor | null) {
  return actionClient(async () => actor);
}

function noteAction(actor: Actor | null, run: (id: number, text: string) => unknown = () => undefined) {
  return client(actor).action(
    { role: "write", readOnly: "cases", args: [recordArg("That case does not exist."), noteSchema] },
    (_who, [id, input]) => {
      run(id, input.text);
      return { ok: true, data: { id }, message: "Saved." };
    },
  );
}

function throwing(error: unknown, options: { fieldFor?: (error: unknown) => string | undefined } = {}) {
  return client(CAMPAIGNER).action({ role: "write", readOnly: "cases", args: [], ...options }, () => {
    throw error;
  });
}

describe("who may call", () => {
  it("refuses a signed-out caller and runs nothing", async () => {
    const run = vi.fn();
    expect(await noteAction(null, run)(1, { text: "x" })).toEqual({ ok: false, error: SIGN_IN_FIRST });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a read-only role with its area's wording, before the arguments are looked at", async () => {
    const run = vi.fn();
    expect(await noteAction(VIEWER, run)("not an id", {})).toEqual({ ok: false, error: REFUSALS.cases });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets only an admin call an admin action", async () => {
    const adminOnly = (actor: Actor) =>
      client(actor).action({ role: "admin", readOnly: "users", args: [] }, () => ({ ok: true, data: undefined }));
    expect(await adminOnly(CAMPAIGNER)()).toEqual({ ok: false, error: REFUSALS.users });
    expect(await adminOnly(ADMIN)()).toEqual({ ok: true, data: undefined });
  });

  it("passes the signed-in user to a signed-in action, and null to one open to anyone", async () => {
    const seen: (Actor | null)[] = [];
    await client(VIEWER).action({ role: "signed-in", args: [] }, (actor) => (seen.push(actor), { ok: true, data: undefined }))();
    await client(null).action({ role: "anyone", args: [] }, (actor) => (seen.push(actor), { ok: true, data: undefined }))();
    expect(seen).toEqual([VIEWER, null]);
  });
});

describe("arguments", () => {
  it("answers a bad id with the action's own message", async () => {
    for (const id of [-1, 0, 1.5, null, "1; drop", { id: 1 }]) {
      expect(await noteAction(CAMPAIGNER)(id, { text: "x" })).toEqual({ ok: false, error: "That case does not exist." });
    }
  });

  it("answers bad input with the schema's field errors", async () => {
    expect(await noteAction(CAMPAIGNER)(1, { text: "" })).toEqual({
      ok: false,
      error: "Some fields need attention.",
      fieldErrors: { text: ["Write the note."] },
    });
  });

  it("runs the function with the parsed arguments", async () => {
    const run = vi.fn();
    expect(await noteAction(CAMPAIGNER, run)(7, { text: "hello", extra: "dropped" })).toEqual({
      ok: true,
      data: { id: 7 },
      message: "Saved.",
    });
    expect(run).toHaveBeenCalledWith(7, "hello");
  });
});

describe("errors from the data layer", () => {
  it("maps each error thrown on purpose to the result the forms show", async () => {
    expect(await throwing(new PermissionError("No."))()).toEqual({ ok: false, error: "No." });
    expect(await throwing(new NotFoundError("That ask does not exist."))()).toEqual({ ok: false, error: "That ask does not exist." });
    expect(await throwing(new DomainRuleError("Not that move."))()).toEqual({ ok: false, error: "Not that move." });
    expect(await throwing(new FieldRuleError("askId", "Choose an ask of this case."))()).toEqual({
      ok: false,
      error: "Some fields need attention.",
      fieldErrors: { askId: ["Choose an ask of this case."] },
    });
    const stale = await throwing(new StaleVersionError({ version: 4, title: "Theirs" }))();
    expect(stale).toMatchObject({ ok: false, conflict: { version: 4, current: { version: 4, title: "Theirs" } } });
  });

  it("puts an error beside the field the action names for it", async () => {
    const action = throwing(new DuplicateEmailError(), {
      fieldFor: (error) => (error instanceof DuplicateEmailError ? "email" : undefined),
    });
    const message = new DuplicateEmailError().message;
    expect(await action()).toEqual({ ok: false, error: message, fieldErrors: { email: [message] } });
  });

  it("rethrows anything else, and Next's redirect and notFound untouched", async () => {
    const bug = new TypeError("a bug");
    await expect(throwing(bug)()).rejects.toBe(bug);
    await expect(
      client(ADMIN).action({ role: "anyone", args: [], failure: () => ({ ok: false, error: "swallowed" }) }, () => redirect("/next"))(),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    await expect(client(ADMIN).action({ role: "anyone", args: [] }, () => notFound())()).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});

describe("form actions (useActionState)", () => {
  const formNote = (actor: Actor | null, redirectTo?: (data: { id: number }) => string) =>
    client(actor).formAction(
      {
        role: "write",
        readOnly: "cases",
        args: [recordArg("That case does not exist."), noteSchema],
        form: { keep: { author: 5 }, redirectTo },
      },
      (_who, [id]) => ({ ok: true, data: { id }, message: "Saved." }),
    );
  const posted = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  it("reads the form's data after the previous state, and shows again what was kept", async () => {
    expect(await formNote(CAMPAIGNER)(3, null, posted({ text: "", author: "Nadia Murad" }))).toEqual({
      ok: false,
      error: "Some fields need attention.",
      fieldErrors: { text: ["Write the note."] },
      values: { author: "Nadia" },
    });
    expect(await formNote(CAMPAIGNER)(3, null, posted({ text: "hello" }))).toEqual({ ok: true, data: undefined, message: "Saved." });
  });

  it("refuses a form post the same way, keeping what was typed", async () => {
    expect(await formNote(VIEWER)(3, null, posted({ text: "hello", author: "Al" }))).toEqual({
      ok: false,
      error: REFUSALS.cases,
      values: { author: "Al" },
    });
  });

  it("still answers a script's call with its arguments as before", async () => {
    expect(await formNote(CAMPAIGNER)(3, { text: "hello" })).toEqual({ ok: true, data: { id: 3 }, message: "Saved." });
  });

  it("goes on to the next page after a successful post, when the action names one", async () => {
    await expect(formNote(CAMPAIGNER, ({ id }) => `/cases/${id}`)(3, null, posted({ text: "hello" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/cases/3"),
    });
  });
});

describe("a read-only workspace", () => {
  const readOnlyClient = (actor: Actor | null) =>
    actionClient(
      async () => actor,
      async () => actor,
      () => true,
    );

  it("refuses every signed-in action, an admin's too, and runs nothing", async () => {
    const ran: string[] = [];
    const write = readOnlyClient(ADMIN).action({ role: "admin", readOnly: "users", args: [] }, () => {
      ran.push("write");
      return { ok: true, data: undefined };
    });
    expect(await write()).toEqual({ ok: false, error: READ_ONLY_REFUSAL });
    const own = readOnlyClient(VIEWER).action({ role: "signed-in", args: [] }, () => {
      ran.push("own");
      return { ok: true, data: undefined };
    });
    expect(await own()).toEqual({ ok: false, error: READ_ONLY_REFUSAL });
    expect(ran).toEqual([]);
  });

  it("still runs signing in and the actions declared for it, such as opening the workspace again", async () => {
    const open = readOnlyClient(ADMIN).action({ role: "admin", readOnly: "users", args: [], whileReadOnly: "allowed" }, () => ({
      ok: true,
      data: undefined,
    }));
    expect(await open()).toEqual({ ok: true, data: undefined });
    const signIn = readOnlyClient(null).action({ role: "anyone", args: [] }, () => ({ ok: true, data: undefined }));
    expect(await signIn()).toEqual({ ok: true, data: undefined });
  });
});
