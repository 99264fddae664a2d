"use client";

import "./globals.css";
import { ErrorNotice } from "@/app/_components/error-notice";

// Drawn when even the root layout failed, so it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ErrorNotice digest={error.digest} retry={reset} />
      </body>
    </html>
  );
}
