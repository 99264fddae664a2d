import { problem, signedInRoute } from "@/app/api/problem";
import { exportCaseBrief } from "@/server/dal/brief";
import { getCase } from "@/server/dal/cases";
import { attachmentDisposition } from "@/domain/brief";
import { parseBriefQuery } from "@/domain/schemas/brief";
import { parseId } from "@/domain/schemas/fields";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/cases/:id/brief?format=pdf|docx&official=<person id>&confidential=1 */
export const GET = signedInRoute(async (user, request, { params }: { params: Promise<{ id: string }> }) => {
  const caseId = parseId((await params).id);
  // A case the user may not know of answers 404 before its query is even read.
  if (!caseId || !getCase(user, caseId)) return problem(404, "That case does not exist.");
  const query = parseBriefQuery(new URL(request.url).searchParams);
  if (!query.ok) return problem(400, query.error);
  const file = await exportCaseBrief(user, caseId, query.value);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.body.length),
      "Cache-Control": "no-store",
    },
  });
});
