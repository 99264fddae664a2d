import { problem } from "@/app/api/problem";
import { exportCaseBrief } from "@/server/dal/brief";
import { attachmentDisposition } from "@/domain/brief";
import { getCurrentUser } from "@/server/dal/session";
import { DomainRuleError, NotFoundError } from "@/domain/errors";
import { PermissionError } from "@/domain/permissions";
import { parseBriefQuery } from "@/domain/schemas/brief";
import { parseId } from "@/domain/schemas/fields";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/cases/:id/brief?format=pdf|docx&official=<person id>&confidential=1 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Please sign in first.");
  const caseId = parseId((await params).id);
  if (!caseId) return problem(404, "That case does not exist.");
  const query = parseBriefQuery(new URL(request.url).searchParams);
  if (!query.ok) return problem(400, query.error);
  try {
    const file = await exportCaseBrief(user, caseId, query.value);
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Content-Length": String(file.body.length),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof PermissionError) return problem(403, error.message);
    if (error instanceof NotFoundError) return problem(404, error.message);
    if (error instanceof DomainRuleError) return problem(400, error.message);
    throw error;
  }
}
