import "server-only";
import { cookies, headers } from "next/headers";
import { SECOND_FACTOR_WAIT_MS } from "@/domain/two-factor";
import { arrivedOverHttps } from "@/domain/hsts";
import { readEnv } from "@/env";

/** The browser's half of a sign-in waiting for its code (server/two-factor/challenges.ts). */
export const WAIT_COOKIE = "vigil-sign-in-wait";

/** Keeps the token in the browser for the code step, or (null) forgets it. */
export async function keepWaitToken(token: string | null) {
  const jar = await cookies();
  if (token === null) {
    jar.delete({ name: WAIT_COOKIE, path: "/signin" });
    return;
  }
  const secure = arrivedOverHttps({
    urlProtocol: "http:",
    forwardedProto: (await headers()).get("x-forwarded-proto"),
    trustProxy: readEnv().VIGIL_TRUST_PROXY === "1",
  });
  jar.set(WAIT_COOKIE, token, { httpOnly: true, sameSite: "strict", secure, path: "/signin", maxAge: SECOND_FACTOR_WAIT_MS / 1000 });
}
