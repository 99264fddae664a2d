import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, getUserSettingUpTwoFactor } from "@/server/dal/session";
import { toActionFailure } from "@/server/dal/action-errors";
import { validationFailure, type ActionResult, type FormActionState } from "@/domain/action-result";
import { canManageUsers, canWrite, type Actor } from "@/domain/permissions";
import { recordId } from "@/domain/schemas/fields";
import { formInput, textField } from "@/domain/schemas/form-input";
import { READ_ONLY_REFUSAL } from "@/domain/lockdown";
import { lockdownMode } from "@/server/dal/workspace";

// Server actions are public POST endpoints. Every one is declared through this client: who
// may call it, how each argument is parsed, and the function to run with the parsed
// arguments; the refusals and the mapping of the data layer's errors live here only.

export const SIGN_IN_FIRST = "Please sign in first.";

/** What a signed-in caller without the needed role is told, one wording per area. */
export const REFUSALS = {
  cases: "Your role can read cases but not change them.",
  asks: "Your role can read asks and outcomes but not change them.",
  sources: "Your role can read sources but not change them.",
  directory: "Your role can read the directory but not change it.",
  "case-import": "Only campaigners and admins can import cases.",
  users: "Only an admin can manage users.",
  "case-deletion": "Only an admin can delete a case for good.",
} as const;
type RefusalArea = keyof typeof REFUSALS;

export type ActionFailure = Extract<ActionResult, { ok: false }>;

/**
 * Who may call: anyone, any signed-in user, or a role that can write or administer.
 * "setting-up-two-factor": any signed-in user, including one the workspace sends to set up
 * a second factor before anything else (the other roles refuse them as signed out).
 */
export type Caller =
  | { role: "anyone" }
  | { role: "signed-in" }
  | { role: "setting-up-two-factor" }
  | { role: "write" | "admin"; readOnly: RefusalArea };

/** One argument's parser: its value, or the failure the caller sees. */
export interface ArgParser<T> {
  parseArg(value: unknown): { ok: true; value: T } | { ok: false; failure: ActionFailure };
}

/** A record's id; anything else is answered with the action's own "does not exist" message. */
export function recordArg(missing: string): ArgParser<number> {
  return {
    parseArg(value) {
      const id = recordId.safeParse(value);
      return id.success ? { ok: true, value: id.data } : { ok: false, failure: { ok: false, error: missing } };
    },
  };
}

/** A value a schema checks, with one message for the whole argument (e.g. a choice, not a form). */
export function choiceArg<S extends z.ZodType>(schema: S, message: string, field?: string): ArgParser<z.output<S>> {
  return {
    parseArg(value) {
      const parsed = schema.safeParse(value);
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, failure: { ok: false, error: message, ...(field ? { fieldErrors: { [field]: [message] } } : {}) } };
    },
  };
}

/** An argument: a form's zod schema (its messages become field errors) or a parser above. */
export type Arg = z.ZodType | ArgParser<unknown>;
type Parsed<A> = A extends ArgParser<infer T> ? T : A extends z.ZodType ? z.output<A> : never;
type ParsedArgs<A extends readonly Arg[]> = { -readonly [K in keyof A]: Parsed<A[K]> };
export type RawArgs<A extends readonly Arg[]> = { -readonly [K in keyof A]: unknown };
type Leading<A extends readonly Arg[]> = A extends readonly [...infer L extends readonly Arg[], Arg] ? RawArgs<L> : never;

type ActorFor<C extends Caller> = C extends { role: "anyone" } ? Actor | null : Actor;

export type ActionOptions<C extends Caller, A extends readonly Arg[]> = C & {
  args: A;
  /**
   * The form field a data-layer error belongs to, when this action's form shows it there
   * (e.g. a duplicate email beside the email field); undefined to map it as usual.
   */
  fieldFor?: (error: unknown) => string | undefined;
  /** An error this action answers itself (e.g. a refused password), before the usual mapping. */
  failure?: (error: unknown) => ActionFailure | undefined;
  /**
   * Set on the few actions a read-only workspace still needs: switching the lockdown back,
   * and ending sessions in an emergency. Every other signed-in action is refused then.
   */
  whileReadOnly?: "allowed";
};

export interface FormOptions<T> {
  /** The fields shown again after a failed post, with their longest length; never passwords. */
  keep?: Record<string, number>;
  /** Where a successful post goes next: a form posted without scripts has no other way on. */
  redirectTo?: (data: T) => string;
  /** What a success shows the user once, in the form's answer and nowhere else (new recovery codes). */
  showOnce?: (data: T) => string[];
}

export type Handler<C extends Caller, A extends readonly Arg[], T> = (
  actor: ActorFor<C>,
  args: ParsedArgs<A>,
) => ActionResult<T> | Promise<ActionResult<T>>;

/** A form's action: called from a script with its arguments, or by useActionState with (…, previous state, form data). */
export interface FormAction<A extends readonly Arg[], T> {
  (...args: RawArgs<A>): Promise<ActionResult<T>>;
  (...args: [...Leading<A>, FormActionState, FormData]): Promise<FormActionState>;
}

/** Why this caller may not call, or null; for an action whose answer is not an ActionResult. */
export function refusal(caller: Caller, actor: Actor | null): ActionFailure | null {
  if (caller.role === "anyone") return null;
  if (!actor) return { ok: false, error: SIGN_IN_FIRST };
  if (caller.role === "write" && !canWrite(actor)) return { ok: false, error: REFUSALS[caller.readOnly] };
  if (caller.role === "admin" && !canManageUsers(actor)) return { ok: false, error: REFUSALS[caller.readOnly] };
  return null;
}

function parseArgs(parsers: readonly Arg[], raw: unknown[]): { ok: true; values: unknown[] } | { ok: false; failure: ActionResult<never> } {
  const values: unknown[] = [];
  for (const [index, parser] of parsers.entries()) {
    const value = raw[index];
    if ("parseArg" in parser) {
      const parsed = parser.parseArg(value);
      if (!parsed.ok) return parsed;
      values.push(parsed.value);
    } else {
      const parsed = parser.safeParse(value);
      if (!parsed.success) return { ok: false, failure: validationFailure(parsed.error) };
      values.push(parsed.data);
    }
  }
  return { ok: true, values };
}

function mapError(
  error: unknown,
  options: { fieldFor?: (error: unknown) => string | undefined; failure?: (error: unknown) => ActionFailure | undefined },
): ActionResult<never> {
  unstable_rethrow(error); // Next's redirect, notFound and the like are not failures
  const own = options.failure?.(error);
  if (own) return own;
  const field = options.fieldFor?.(error);
  if (field && error instanceof Error) return { ok: false, error: error.message, fieldErrors: { [field]: [error.message] } };
  return toActionFailure(error); // rethrows what the data layer did not throw on purpose
}

/**
 * Builds the action client around readers of the signed-in user (the session, or a test's
 * own): the usual one, and the one that also returns a user still to set up a second factor.
 */
export function actionClient(
  readActor: () => Promise<Actor | null>,
  readActorSettingUp: () => Promise<Actor | null> = readActor,
  isReadOnly: () => boolean = () => false,
) {
  async function run<C extends Caller, A extends readonly Arg[], T>(
    options: ActionOptions<C, A>,
    handler: Handler<C, A, T>,
    raw: unknown[],
  ): Promise<ActionResult<T>> {
    const actor = options.role === "setting-up-two-factor" ? await readActorSettingUp() : await readActor();
    const refused = refusal(options, actor);
    if (refused) return refused;
    // Signing in and out stay open ("anyone"): a read-only workspace is still read.
    if (options.role !== "anyone" && options.whileReadOnly !== "allowed" && isReadOnly()) return { ok: false, error: READ_ONLY_REFUSAL };
    const parsed = parseArgs(options.args, raw);
    if (!parsed.ok) return parsed.failure;
    try {
      return await handler(actor as ActorFor<C>, parsed.values as ParsedArgs<A>);
    } catch (error) {
      return mapError(error, options);
    }
  }

  function action<const C extends Caller, const A extends readonly Arg[], T = undefined>(
    options: ActionOptions<C, A>,
    handler: Handler<C, A, T>,
  ): (...args: RawArgs<A>) => Promise<ActionResult<T>> {
    return async (...raw: unknown[]) => run(options, handler, raw);
  }

  /**
   * An action a form posts through useActionState, so it works before scripts run: the form
   * data's fields are parsed by the same schemas, and a failure carries what was typed.
   */
  function formAction<const C extends Caller, const A extends readonly Arg[], T = undefined>(
    options: ActionOptions<C, A> & { form?: FormOptions<T> },
    handler: Handler<C, A, T>,
  ): FormAction<A, T> {
    const called = async (...raw: unknown[]): Promise<ActionResult<T> | FormActionState> => {
      // (…ids, previous state, input): one argument more than the action declares.
      if (raw.length !== options.args.length + 1) return run(options, handler, raw);
      const input = raw.at(-1);
      const result = await run(options, handler, [...raw.slice(0, -2), formInput(input)]);
      if (result.ok) {
        if (options.form?.redirectTo) redirect(options.form.redirectTo(result.data));
        const shownOnce = options.form?.showOnce?.(result.data);
        return { ok: true, data: undefined, message: result.message, ...(shownOnce ? { shownOnce } : {}) };
      }
      const values = Object.fromEntries(
        Object.entries(options.form?.keep ?? {}).map(([name, max]) => [name, (textField(input, name) ?? "").slice(0, max)]),
      );
      return { ...result, values };
    };
    return called as FormAction<A, T>;
  }

  return { action, formAction };
}

export const { action, formAction } = actionClient(
  () => getCurrentUser(),
  () => getUserSettingUpTwoFactor(),
  () => lockdownMode() === "read-only",
);
