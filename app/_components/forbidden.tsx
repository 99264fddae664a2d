import Link from "next/link";

/** Shown instead of a page the signed-in user's role may not open. */
export function Forbidden({ what = "this page" }: { what?: string }) {
  return (
    <div className="mx-auto max-w-xl py-8 text-center">
      <h1 className="text-2xl font-bold">You do not have access</h1>
      <p className="mt-2 text-slate-600">Only an admin can open {what}. Ask an admin of your workspace if you need something changed.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
