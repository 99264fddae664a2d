import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, redeemSignInTicket } from "@/server/dal/authenticate";
import { clientAddress } from "@/server/client-address";
import { startSession } from "@/server/dal/sessions";
import { lockdownMode } from "@/server/dal/workspace";
import { maySignIn } from "@/domain/lockdown";
import { sessionLimits, sessionTimeRefusal } from "@/domain/session-rules";
import { readEnv } from "@/env";

declare module "next-auth" {
  interface Session {
    /** When this session was opened (ms since the epoch), checked against the user's session epoch. */
    issuedAt?: number;
    /** Identifies this session so signing out can end it on the server too. */
    sessionId?: string;
  }
  interface User {
    /** The session recorded at sign-in (server/dal/sessions.ts), carried in the cookie. */
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    issuedAt?: number;
    lastSeen?: number;
  }
}

/** Thrown by authorize when the email is locked out, so the sign-in form can say so. */
export class AccountLocked extends CredentialsSignin {
  code = "locked";
}

/** Thrown by authorize when the client's address is locked out. */
export class ClientAddressLocked extends CredentialsSignin {
  code = "client_address_locked";
}

/**
 * Thrown when a password alone is posted straight to Auth.js for an account with an
 * authenticator: its code is asked for only by Vigil's own sign-in form.
 */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor_required";
}

/** Thrown when the workspace is open to admins only and a right password is not an admin's. */
export class AdminsOnly extends CredentialsSignin {
  code = "admins_only";
}

const limits = sessionLimits(readEnv());

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  // Vigil is self-hosted behind whatever host name the organisation chooses.
  trustHost: true,
  session: {
    strategy: "jwt",
    // The absolute limit is also checked against the issue time in the jwt callback:
    // Auth.js re-signs the token on every request, which would otherwise slide this.
    maxAge: Math.round(limits.maxAgeMs / 1000),
  },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome (and audited), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      // So is a session cookie that cannot be read (forged, cut short, or from another
      // secret): the visitor is treated as signed out. A stack trace per such request would
      // let anyone fill the server's log.
      if ((error as { type?: string }).type === "JWTSessionError") {
        console.warn("A session cookie could not be read; treated as signed out.");
        return;
      }
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, ticket: {}, browser: {} },
      authorize: async (credentials, request) => {
        const address = clientAddress(request.headers);
        // Each session is recorded, so its user can see it and it can be ended from elsewhere.
        const opened = (user: { id: number; email: string; name: string; role: string }) => {
          if (!maySignIn(lockdownMode(), user.role)) throw new AdminsOnly();
          return {
            id: String(user.id),
            email: user.email,
            name: user.name,
            sessionId: startSession({
              userId: user.id,
              userAgent: request.headers.get("user-agent"),
              clientAddress: address,
              browser: typeof credentials?.browser === "string" ? credentials.browser : null,
            }),
          };
        };
        // Vigil's sign-in form checks the password (and the code) itself and hands over a
        // single-use ticket; an email and password posted here directly work only for
        // accounts without a second factor.
        if (credentials?.ticket !== undefined) {
          const user = redeemSignInTicket(credentials.ticket);
          return user ? opened(user) : null;
        }
        const result = await authenticate(credentials?.email, credentials?.password, address);
        if (result.kind === "locked") throw result.scope === "account" ? new AccountLocked() : new ClientAddressLocked();
        if (result.kind === "second_factor") throw new SecondFactorRequired();
        if (result.kind !== "ok") return null;
        return opened(result.user);
      },
    }),
  ],
  callbacks: {
    // Runs on every request that reads the session (the proxy refreshes the cookie with it).
    jwt({ token, user }) {
      const now = Date.now();
      if (user?.id) {
        token.uid = user.id;
        token.sid = user.sessionId;
        token.issuedAt = now;
        token.lastSeen = now;
        return token;
      }
      // Too old, or idle for too long: returning null ends the session.
      if (sessionTimeRefusal({ issuedAt: token.issuedAt, lastSeen: token.lastSeen }, now, limits)) return null;
      token.lastSeen = now;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.issuedAt === "number") session.issuedAt = token.issuedAt;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
});
