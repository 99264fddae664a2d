import { readEnv } from "@/env";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { refuseMalformedActionBody } from "@/server/action-request";
import { arrivedOverHttps, HSTS_VALUE } from "@/domain/hsts";
import { readSessionToken, sessionNeedsRefresh } from "@/server/session-token";

// Four jobs per request, none of them access control (every page, server action and
// route handler checks the session and role on the server, in server/dal):
// - a Content-Security-Policy with a fresh nonce: Next.js reads it from the request
//   headers and puts the nonce on its own scripts, so no inline script runs without it;
// - Strict-Transport-Security, on requests that came over https (domain/hsts.ts);
// - on page loads, once a minute, Auth.js re-signs the session cookie with a fresh
//   last-seen time, which keeps an active session alive and lets an idle one expire
//   (see auth.ts); in between, the cookie is only read (server/session-token.ts), which
//   costs a fraction of a re-sign;
// - visitors without a session are sent to the sign-in page (API callers get a 401);
// - a server-action body the framework cannot decode (not JSON, too wide, too deep, too
//   large) gets a 400 or 413 instead of the framework's 500 (server/action-request.ts).
const PUBLIC_PATHS = ["/signin", "/setup", "/up", "/api/auth"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function contentSecurityPolicy(nonce: string): string {
  const dev = readEnv().NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code, scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only on requests that came over https (VIGIL_TRUST_PROXY=1: as the proxy says). */
function withTransportSecurity(request: NextRequest, response: NextResponse): NextResponse {
  const overHttps = arrivedOverHttps({
    urlProtocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    trustProxy: readEnv().VIGIL_TRUST_PROXY === "1",
  });
  if (overHttps) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

function respond(request: NextRequest, signedIn: boolean): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  let response: NextResponse;
  if (!isPublic && !signedIn && pathname.startsWith("/api/")) {
    response = NextResponse.json({ error: "Please sign in first." }, { status: 401 });
  } else if (!isPublic && !signedIn) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname)}`;
    response = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  // Case data must never sit in a shared or browser cache.
  response.headers.set("Cache-Control", "no-store");
  return withTransportSecurity(request, response);
}

const refreshingProxy = auth((request) => respond(request, Boolean(request.auth)));

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = await refuseMalformedActionBody(request);
  if (refused) return withTransportSecurity(request, refused);
  // Only reads refresh the session. A server action (POST) must not: the sign-out action
  // deletes the session cookie, and a re-signed cookie on the same response would undo it.
  if ((request.method === "GET" || request.method === "HEAD") && SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const session = await readSessionToken(request.headers);
    // Auth.js handles the rest: re-signing a live session, clearing a dead one's cookie.
    if (!session || sessionNeedsRefresh(session)) return refreshingProxy(request, event as never);
    return respond(request, true);
  }
  return respond(
    request,
    SESSION_COOKIES.some((name) => request.cookies.has(name)),
  );
}

export const config = {
  // Static build assets and the files of public/ (icon, robots.txt) carry no data and need no session.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
