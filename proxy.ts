import { NextResponse } from "next/server";
import { auth } from "@/auth";

// Two jobs, neither of them access control (every page, server action and route handler
// checks the session and role on the server, in lib/dal):
// - reading the session here re-signs its cookie with a fresh last-seen time, which is
//   what keeps an active session alive and lets an idle one expire (see auth.ts);
// - visitors without a session are sent to the sign-in page before anything renders.
const PUBLIC_PATHS = ["/signin", "/setup", "/api/auth"];

export const proxy = auth((request) => {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  if (request.auth) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname)}`;
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
