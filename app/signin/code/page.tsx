import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { isWaitingForCode } from "@/server/dal/authenticate";
import { WAIT_COOKIE } from "@/app/sign-in-wait";
import { SecondFactorForm } from "./second-factor-form";

export const metadata: Metadata = { title: "Sign-in code" };

// The second step of signing in to an account with an authenticator app.
export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const waiting = isWaitingForCode((await cookies()).get(WAIT_COOKIE)?.value);
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-center text-3xl font-bold text-brand-700">Vigil</h1>
        <p className="mb-6 text-center text-slate-600">Two-factor sign-in</p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {waiting ? (
            <SecondFactorForm next={next} />
          ) : (
            <p>
              No sign-in is waiting for a code here: it may have waited more than five minutes.{" "}
              <Link href="/signin" className="link">
                Sign in again
              </Link>
              .
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
