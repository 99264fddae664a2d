import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">There is no record at this address. It may have been mistyped, or the link is out of date.</p>
      <p className="mt-6">
        <Link href="/cases" className="font-semibold text-brand-700 underline">
          Back to the case list
        </Link>
      </p>
    </main>
  );
}
