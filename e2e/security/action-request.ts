import type { APIRequestContext, APIResponse } from "@playwright/test";
import type Database from "better-sqlite3";
import { databaseDigest } from "./db-snapshot";

const ACTION_HEADERS = { accept: "text/x-component" };

/** Posts a server action the way the browser does: its arguments as JSON text. */
export function postAction(request: APIRequestContext, action: { id: string; pagePath: string }, args: unknown[] | string) {
  return request.post(action.pagePath, {
    headers: { ...ACTION_HEADERS, "next-action": action.id, "content-type": "text/plain;charset=UTF-8" },
    data: typeof args === "string" ? args : JSON.stringify(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export interface FormFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Posts a server action whose last argument is a FormData (a form's `useActionState`
 * action), encoded as React's client does: the form's fields as "_1_<name>", then, last
 * (the server reads the parts in order), part "0" with the argument list, in which the
 * form is the reference "$K1".
 */
export function postFormAction(
  request: APIRequestContext,
  action: { id: string; pagePath: string },
  leadingArgs: unknown[],
  form: Record<string, string | FormFile>,
) {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === "string") multipart.append(`_1_${name}`, value);
    else multipart.append(`_1_${name}`, new File([new Uint8Array(value.buffer)], value.name, { type: value.mimeType }));
  }
  multipart.append("0", JSON.stringify([...leadingArgs, "$K1"]));
  return request.post(action.pagePath, {
    headers: { ...ACTION_HEADERS, "next-action": action.id },
    multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export interface ActionAnswer {
  status: number;
  body: string;
  /** Where the action sent the browser next (Next's x-action-redirect), if anywhere. */
  redirect: string | null;
}

export async function readAnswer(response: APIResponse): Promise<ActionAnswer> {
  return { status: response.status(), body: await response.text(), redirect: response.headers()["x-action-redirect"] ?? null };
}

/** The path an action sent the browser on to ("http://host/account?changed=1;push" → "/account"). */
export function redirectPath(answer: ActionAnswer): string | null {
  return answer.redirect === null ? null : new URL(answer.redirect.replace(/;.*$/s, ""), "http://localhost").pathname;
}

/** An action succeeded when it answered `{ ok: true }` or went on to a page other than sign-in. */
export function answeredOk(answer: ActionAnswer): boolean {
  const next = redirectPath(answer);
  return answer.body.includes('"ok":true') || (next !== null && next !== "/signin");
}

/** Calls an action once and tells whether the matrix database changed meanwhile. */
export async function callAction(
  db: Database.Database,
  request: APIRequestContext,
  action: { id: string; pagePath: string },
  payload: { args: unknown[]; form?: Record<string, string | FormFile> },
): Promise<{ answer: ActionAnswer; changed: boolean }> {
  const before = databaseDigest(db);
  const response = payload.form
    ? await postFormAction(request, action, payload.args, payload.form)
    : await postAction(request, action, payload.args);
  const answer = await readAnswer(response);
  return { answer, changed: databaseDigest(db) !== before };
}

/** E.g. "200: Your role can read cases but not change them." or "200 → /signin, database changed". */
export function describeCall({ answer, changed }: { answer: ActionAnswer; changed: boolean }): string {
  // A success carries "error":"$undefined" (React's encoding of a missing field).
  const error = /"error":"([^$"\\](?:[^"\\]|\\.)*)"/.exec(answer.body)?.[1];
  return [
    `${answer.status}${answer.redirect ? ` → ${redirectPath(answer)}` : ""}`,
    changed ? ", database changed" : "",
    error ? `: ${error}` : "",
  ].join("");
}
