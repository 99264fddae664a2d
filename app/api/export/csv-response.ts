import { attachmentDisposition } from "@/domain/brief";

export function csvResponse(file: { fileName: string; body: string | ReadableStream<Uint8Array> }) {
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
