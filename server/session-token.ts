import { getToken, type JWT } from "next-auth/jwt";
import { sessionLimits, sessionTimeRefusal } from "@/domain/session-rules";
import { readEnv } from "@/env";

/**
 * Reads the Auth.js session cookie without re-signing it. `auth()` runs Auth.js's whole
 * session endpoint (decrypt, callbacks, encrypt a fresh cookie) on every call, which is the
 * largest cost of a page; reading needs only the decrypt. The proxy re-signs the cookie
 * through Auth.js when its last-seen time is older than REFRESH_AFTER_MS (see proxy.ts).
 */
const SECURE_COOKIE = "__Secure-authjs.session-token";
const limits = sessionLimits(readEnv());

/** Idle expiry is measured from the last re-signed cookie, so it is exact to within this. */
const REFRESH_AFTER_MS = 60_000;

export interface SessionToken {
  userId: number;
  sessionId?: string;
  issuedAt?: number;
  lastSeen?: number;
}

/**
 * Decrypted cookies by their exact text, shared by the proxy and the pages (two bundles,
 * one process, hence globalThis): the same request is otherwise decrypted twice. Only the
 * decryption is remembered; expiry and revocation are checked on every request.
 */
const DECRYPTED_KEPT = 500;
const DECRYPTED_KEY = Symbol.for("vigil.decryptedSessions");
const sessionGlobals = globalThis as Record<symbol, unknown>;
if (!(sessionGlobals[DECRYPTED_KEY] instanceof Map)) sessionGlobals[DECRYPTED_KEY] = new Map<string, JWT | null>();
const decrypted = sessionGlobals[DECRYPTED_KEY] as Map<string, JWT | null>;

async function decryptSessionCookie(requestHeaders: Headers, secret: string): Promise<JWT | null> {
  const cookie = requestHeaders.get("cookie") ?? "";
  if (decrypted.has(cookie)) return decrypted.get(cookie) ?? null;
  let token: JWT | null;
  try {
    token = await getToken({ req: { headers: requestHeaders }, secret, secureCookie: cookie.includes(`${SECURE_COOKIE}=`) });
  } catch {
    token = null; // undecryptable: treated as signed out, like Auth.js does
  }
  if (decrypted.size >= DECRYPTED_KEPT) decrypted.delete(decrypted.keys().next().value!);
  decrypted.set(cookie, token);
  return token;
}

/** The session in the request's cookie, or null when there is none or it is too old or idle. */
export async function readSessionToken(requestHeaders: Headers, now = Date.now()): Promise<SessionToken | null> {
  const secret = readEnv().AUTH_SECRET;
  if (!secret) return null;
  const token = await decryptSessionCookie(requestHeaders, secret);
  const userId = Number(token?.uid);
  if (!token || !Number.isSafeInteger(userId) || userId <= 0) return null;
  const times = { issuedAt: num(token.issuedAt), lastSeen: num(token.lastSeen) };
  if (sessionTimeRefusal(times, now, limits)) return null;
  return { userId, sessionId: typeof token.sid === "string" ? token.sid : undefined, ...times };
}

/** Whether the proxy should re-sign the cookie to move the session's last-seen time on. */
export function sessionNeedsRefresh(token: SessionToken, now = Date.now()): boolean {
  return token.lastSeen === undefined || now - token.lastSeen > REFRESH_AFTER_MS;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
