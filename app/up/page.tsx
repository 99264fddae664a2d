import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Up" };

/**
 * A page that needs no session and reads no data, rendered per request: a health check
 * for whoever runs Vigil, and the floor the benchmark measures other routes against.
 */
export default async function UpPage() {
  await connection();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Vigil is up</h1>
      <p className="mt-2 text-slate-600">Served at {new Date().toISOString()}.</p>
    </main>
  );
}
