import { getCurrentUser } from "@/server/dal/session";
import { exportAskList } from "@/server/dal/exports";
import { NotFoundError } from "@/domain/errors";
import { PermissionError } from "@/domain/permissions";
import { parseId } from "@/domain/schemas/fields";
import { csvResponse } from "../csv-response";
import { problem } from "@/app/api/problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/export/asks[?case=<id>] — all asks, or one case's asks, as CSV. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Please sign in first.");
  const rawCase = new URL(request.url).searchParams.get("case");
  let caseId: number | undefined;
  if (rawCase !== null && rawCase !== "") {
    const id = parseId(rawCase);
    if (!id) return problem(404, "That case does not exist.");
    caseId = id;
  }
  try {
    return csvResponse(exportAskList(user, { caseId }));
  } catch (error) {
    if (error instanceof PermissionError) return problem(403, error.message);
    if (error instanceof NotFoundError) return problem(404, error.message);
    throw error;
  }
}
