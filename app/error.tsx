"use client";

import { ErrorNotice } from "@/app/_components/error-notice";

// Drawn in place of a page whose server rendering failed.
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} retry={reset} />;
}
