import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { needsFirstAdmin } from "@/server/dal/workspace";
import { FirstAdminForm } from "./first-admin-form";

export const metadata: Metadata = { title: "Set up Vigil" };

export default async function SetupPage() {
  await connection(); // rendered per request: it depends on whether any account exists yet
  // Only an empty workspace can be set up; afterwards this page just sends people to sign in.
  if (!needsFirstAdmin()) redirect("/signin");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md">
        <h1 className="mb-1 text-center text-3xl font-bold text-brand-700">Welcome to Vigil</h1>
        <p className="mb-6 text-center text-slate-600">Create the first admin account for your workspace.</p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <FirstAdminForm />
        </div>
      </div>
    </main>
  );
}
