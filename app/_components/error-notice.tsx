"use client";

/**
 * What a person sees when a page fails on the server: a calm message, a way to try again,
 * and the reference that the server's log holds next to the error's details. The error's
 * message and stack never reach the browser (Next.js keeps them out of production builds
 * too; this page shows only the digest).
 */
export function ErrorNotice({ digest, retry }: { digest?: string; retry: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        Vigil could not show this page. Nothing you saved is lost. Try again in a moment; if it keeps happening, tell whoever runs Vigil for
        your organisation{digest ? ", with the reference below" : ""}.
      </p>
      {digest ? (
        <p className="mt-4 text-sm text-slate-600">
          Reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{digest}</code>
        </p>
      ) : null}
      <p className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={retry} className="font-semibold text-brand-700 underline">
          Try again
        </button>
        <a href="/" className="font-semibold text-brand-700 underline">
          Dashboard
        </a>
      </p>
    </main>
  );
}
