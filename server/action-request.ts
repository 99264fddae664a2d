import { NextResponse } from "next/server";
import { isWellFormedActionBody, isWellFormedMultipartActionBody, MAX_ACTION_BODY_BYTES } from "@/domain/action-payload";

// A server action is a public POST endpoint: what the framework cannot decode must get a
// 400 (or a 413) here, before it reaches a decoder that would answer a 500.

/**
 * A POST the framework may run as a server action: a call from a script names the action
 * in a header; a form posted before scripts ran names it in a multipart field.
 */
function mayBeServerAction(request: Request): boolean {
  return request.method === "POST" && (request.headers.has("next-action") || isMultipart(request));
}

function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/** The body of a copy of the request, or null as soon as it is longer than `limit` bytes. */
async function readBodyUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) return null;
  const reader = request.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one copy of a body settles only once every copy is cancelled.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function isWellFormedMultipart(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<boolean> {
  try {
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    return isWellFormedMultipartActionBody(form.entries());
  } catch {
    return false; // not multipart data at all, or a boundary that does not match
  }
}

/** The answer to a server-action request whose body cannot be decoded, or null to let it through. */
export async function refuseMalformedActionBody(request: Request): Promise<NextResponse | null> {
  if (!mayBeServerAction(request)) return null;
  const body = await readBodyUpTo(request, MAX_ACTION_BODY_BYTES);
  if (body === null) {
    return new NextResponse("Request too large: a form sends at most 1 MB.", { status: 413 });
  }
  const wellFormed = isMultipart(request)
    ? await isWellFormedMultipart(body, request.headers.get("content-type") ?? "")
    : isWellFormedActionBody(new TextDecoder().decode(body));
  return wellFormed ? null : new NextResponse("Malformed request: the form data could not be read.", { status: 400 });
}
