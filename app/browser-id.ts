import "server-only";
import { cookies, headers } from "next/headers";
import { arrivedOverHttps } from "@/domain/hsts";
import { readEnv } from "@/env";

/**
 * A random id this browser keeps across sign-ins, so a sign-in from a browser the account
 * has not used before can be told apart and shown to its user. It names the browser, not
 * the person, and opens nothing: the server keeps only its hash.
 */
const BROWSER_COOKIE = "vigil-browser";
const KEPT_FOR_SECONDS = 400 * 24 * 3600; // the longest a browser keeps a cookie

/** This browser's id, given it one if it had none (call it from a server action that signs in). */
export async function browserId(): Promise<string> {
  const jar = await cookies();
  const known = jar.get(BROWSER_COOKIE)?.value;
  if (known && /^[0-9a-f-]{36}$/.test(known)) return known;
  const id = crypto.randomUUID();
  const secure = arrivedOverHttps({
    urlProtocol: "http:",
    forwardedProto: (await headers()).get("x-forwarded-proto"),
    trustProxy: readEnv().VIGIL_TRUST_PROXY === "1",
  });
  jar.set(BROWSER_COOKIE, id, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: KEPT_FOR_SECONDS });
  return id;
}
