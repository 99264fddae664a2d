import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/dal/authenticate";

const hours = (h: number) => Math.round(h * 3600);

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Vigil is self-hosted behind whatever host name the organisation chooses.
  trustHost: true,
  session: {
    strategy: "jwt",
    maxAge: hours(Number(process.env.VIGIL_SESSION_MAX_HOURS) || 12),
  },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome (and audited), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials) => {
        const user = await authenticate(credentials?.email, credentials?.password);
        return user ? { id: String(user.id), email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
});
