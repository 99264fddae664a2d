import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { isDemo, needsFirstAdmin } from "@/server/dal/workspace";
import { getCurrentUser } from "@/server/dal/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await connection(); // rendered per request: it depends on the accounts in the database
  if (needsFirstAdmin()) redirect("/setup");
  if (await getCurrentUser()) redirect("/");
  const { next } = await searchParams;
  const demo = isDemo();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-center text-3xl font-bold text-brand-700">Vigil</h1>
        <p className="mb-6 text-center text-slate-600">Sign in to your campaign workspace</p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm next={next} />
        </div>
        {demo ? (
          <p role="note" className="mt-4 rounded-md bg-amber-100 p-3 text-sm text-amber-950">
            Demo workspace: sign in as <strong>campaigner@example.org</strong>, <strong>viewer@example.org</strong> or{" "}
            <strong>admin@example.org</strong> with the password <strong>vigil-demo-2022</strong>.
          </p>
        ) : null}
      </div>
    </main>
  );
}
